// The registry of issued cards (platform.card), shared by both agencies: issuing and renewing,
// revoking, batch lookups for DataLoaders, and the public verification of a code.
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '#platform/db/sql';
import type { AgencyName } from '../agency';
import type { KeyRing } from '#platform/auth/keys';
import { maskName } from '#platform/masking';
import { nikHash, signCardCode, verifyCardCode } from './card-code';

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
  agency: AgencyName;
  number: string;
  nik_hash: string;
  holder_name: string;
  issued_at: string;
  revoked_at: Date | null;
}

const COLUMNS = `agency, number, nik_hash, holder_name, to_char(issued_at, 'YYYY-MM-DD') as issued_at, revoked_at`;

function run<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return sqlOf(em)<T>(sql, params);
}

async function toRecord(keys: Pick<KeyRing, 'card'>, row: CardRow): Promise<CardRecord> {
  const verificationCode = await signCardCode(keys, {
    agency: row.agency,
    number: row.number,
    nikHash: row.nik_hash,
    issuedAt: row.issued_at,
  });
  return {
    agency: row.agency,
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
    `insert into platform.card (agency, number, nik_hash, holder_name, issued_at) values (?, ?, ?, ?, ?)
     on conflict (agency, number) do update set nik_hash = excluded.nik_hash, holder_name = excluded.holder_name,
       issued_at = excluded.issued_at, revoked_at = null, updated_at = now()
     returning ${COLUMNS}`,
    [input.agency, input.number, nikHash(input.nik), input.holderName, input.issuedAt],
  );
  return toRecord(keys, row);
}

/** Seeds a card only when absent (demo personas keep their fixed issue date across restarts). */
export async function ensureCard(em: EntityManager, input: IssueCardInput): Promise<void> {
  await run(
    em,
    `insert into platform.card (agency, number, nik_hash, holder_name, issued_at) values (?, ?, ?, ?, ?)
     on conflict (agency, number) do nothing`,
    [input.agency, input.number, nikHash(input.nik), input.holderName, input.issuedAt],
  );
}

/** Revokes a card: its codes stop verifying and it is no longer listed. */
export async function revokeCard(em: EntityManager, agency: AgencyName, number: string): Promise<boolean> {
  const rows = await run<{ number: string }>(
    em,
    `update platform.card set revoked_at = now(), updated_at = now() where agency = ? and number = ? and revoked_at is null returning number`,
    [agency, number],
  );
  return rows.length > 0;
}

/** Active (unrevoked) cards of one agency by number, in one statement: the batch function of a DataLoader. */
export async function findCards(em: EntityManager, keys: Pick<KeyRing, 'card'>, agency: AgencyName, numbers: readonly string[]): Promise<CardRecord[]> {
  if (numbers.length === 0) return [];
  const rows = await run<CardRow>(em, `select ${COLUMNS} from platform.card where agency = ? and number in (?) and revoked_at is null`, [agency, [...numbers]]);
  return Promise.all(rows.map((row) => toRecord(keys, row)));
}

/**
 * Public verification: the signature must hold, and the registry must know the card with exactly
 * the signed NIK hash and issue date, unrevoked. Anything else is `valid: false` with no details.
 */
export async function verifyCard(em: EntityManager, keys: Pick<KeyRing, 'card'>, code: string): Promise<CardVerification> {
  const claims = await verifyCardCode(keys, code);
  if (!claims) return INVALID_CARD;
  const [row] = await run<CardRow>(em, `select ${COLUMNS} from platform.card where agency = ? and number = ?`, [claims.agency, claims.number]);
  if (!row || row.revoked_at || row.nik_hash !== claims.nikHash || row.issued_at !== claims.issuedAt) return INVALID_CARD;
  return {
    valid: true,
    agency: row.agency,
    cardNumber: row.number,
    holderName: maskName(row.holder_name),
    issuedAt: row.issued_at,
  };
}
