// The registries of issued cards: each agency owns its own, a table in its schema (taspen.card, bpjstk.card),
// written and read by that agency's subgraph alone: issuing and renewing, revoking, batch lookups for
// DataLoaders, and the registry half of the public verification of a code. A code of the other agency is
// checked by that agency (card-verify-routes.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '#platform/db/sql';
import type { AgencyName } from '../agency';
import type { KeyRing } from '#platform/auth/keys';
import { maskName } from '#platform/masking';
import { nikHash, signCardCode, verifyCardCode, type CardClaims } from './card-code';

/** The agency's own registry: a table in the agency's schema. */
const REGISTRY: Readonly<Record<AgencyName, string>> = { TASPEN: 'taspen.card', BPJSTK: 'bpjstk.card' };

export interface IssueCardInput {
  agency: AgencyName;
  number: string;
  nik: string;
  holderName: string;
  /** `YYYY-MM-DD` */
  issuedAt: string;
}

export interface CardRecord {
  agency: AgencyName;
  number: string;
  nikHash: string;
  holderName: string;
  issuedAt: string;
  revokedAt: Date | null;
  verificationCode: string;
}

/** What `verifyCard` answers: the holder's name masked, nothing else about them. */
export interface CardVerification {
  valid: boolean;
  agency: AgencyName | null;
  cardNumber: string | null;
  holderName: string | null;
  issuedAt: string | null;
}

export const INVALID_CARD: CardVerification = { valid: false, agency: null, cardNumber: null, holderName: null, issuedAt: null };

interface CardRow {
  number: string;
  nik_hash: string;
  holder_name: string;
  issued_at: string;
  revoked_at: Date | null;
}

const COLUMNS = `number, nik_hash, holder_name, to_char(issued_at, 'YYYY-MM-DD') as issued_at, revoked_at`;

function run<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return sqlOf(em)<T>(sql, params);
}

async function toRecord(keys: Pick<KeyRing, 'card'>, agency: AgencyName, row: CardRow): Promise<CardRecord> {
  const verificationCode = await signCardCode(keys, {
    agency,
    number: row.number,
    nikHash: row.nik_hash,
    issuedAt: row.issued_at,
  });
  return {
    agency,
    number: row.number,
    nikHash: row.nik_hash,
    holderName: row.holder_name,
    issuedAt: row.issued_at,
    revokedAt: row.revoked_at,
    verificationCode,
  };
}

/**
 * Issues a card, or renews it (new issue date, revocation lifted) when the number exists.
 * Runs in the caller's transaction when `em` is inside one. Earlier codes of a renewed card stop verifying.
 */
export async function issueCard(em: EntityManager, keys: Pick<KeyRing, 'card'>, input: IssueCardInput): Promise<CardRecord> {
  const [row] = await run<CardRow>(
    em,
    `insert into ${REGISTRY[input.agency]} (number, nik_hash, holder_name, issued_at) values (?, ?, ?, ?)
     on conflict (number) do update set nik_hash = excluded.nik_hash, holder_name = excluded.holder_name,
       issued_at = excluded.issued_at, revoked_at = null, updated_at = now()
     returning ${COLUMNS}`,
    [input.number, nikHash(input.nik), input.holderName, input.issuedAt],
  );
  return toRecord(keys, input.agency, row);
}

/** Seeds a card only when absent (demo personas keep their fixed issue date across restarts). */
export async function ensureCard(em: EntityManager, input: IssueCardInput): Promise<void> {
  await run(
    em,
    `insert into ${REGISTRY[input.agency]} (number, nik_hash, holder_name, issued_at) values (?, ?, ?, ?)
     on conflict (number) do nothing`,
    [input.number, nikHash(input.nik), input.holderName, input.issuedAt],
  );
}

/** Revokes a card: its codes stop verifying and it is no longer listed. */
export async function revokeCard(em: EntityManager, agency: AgencyName, number: string): Promise<boolean> {
  const rows = await run<{ number: string }>(
    em,
    `update ${REGISTRY[agency]} set revoked_at = now(), updated_at = now() where number = ? and revoked_at is null returning number`,
    [number],
  );
  return rows.length > 0;
}

/** Active (unrevoked) cards of one agency by number, in one statement: the batch function of a DataLoader. */
export async function findCards(em: EntityManager, keys: Pick<KeyRing, 'card'>, agency: AgencyName, numbers: readonly string[]): Promise<CardRecord[]> {
  if (numbers.length === 0) return [];
  const rows = await run<CardRow>(em, `select ${COLUMNS} from ${REGISTRY[agency]} where number in (?) and revoked_at is null`, [[...numbers]]);
  return Promise.all(rows.map((row) => toRecord(keys, agency, row)));
}

/** Asks the agency that issued a card what its registry says of a code (a signed internal call). */
export type OtherRegistry = (agency: AgencyName, code: string) => Promise<CardVerification>;

/** The registry half of a verification, in the registry of `claims.agency` (the caller's own). */
async function lookUp(em: EntityManager, claims: CardClaims): Promise<CardVerification> {
  const [row] = await run<CardRow>(em, `select ${COLUMNS} from ${REGISTRY[claims.agency]} where number = ?`, [claims.number]);
  if (!row || row.revoked_at || row.nik_hash !== claims.nikHash || row.issued_at !== claims.issuedAt) return INVALID_CARD;
  return {
    valid: true,
    agency: claims.agency,
    cardNumber: row.number,
    holderName: maskName(row.holder_name),
    issuedAt: row.issued_at,
  };
}

/**
 * Public verification: the signature must hold, and the issuing agency's registry must know the card with
 * exactly the signed NIK hash and issue date, unrevoked. Anything else is `valid: false` with no details.
 * `own` is the calling agency, whose registry is `em`'s; a code of the other agency is asked of it (`other`;
 * when it cannot answer, the error is SERVICE_UNAVAILABLE, not an invalid card). Without `other`, only own cards verify.
 */
export async function verifyCard(
  em: EntityManager,
  keys: Pick<KeyRing, 'card'>,
  code: string,
  own: AgencyName,
  other?: OtherRegistry,
): Promise<CardVerification> {
  const claims = await verifyCardCode(keys, code);
  if (!claims) return INVALID_CARD;
  if (claims.agency === own) return lookUp(em, claims);
  return other ? other(claims.agency, code) : INVALID_CARD;
}
