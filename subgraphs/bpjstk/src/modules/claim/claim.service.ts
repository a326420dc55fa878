// JHT claims: eligibility, submission (idempotent, one open claim per person), public tracking and
// the officers' review.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '#platform/auth/caller';
import { documentOwnerOf, isDocumentId } from '#platform/documents/document-store';
import { entityManagerQuery, PostgresDocumentStore } from '#platform/documents/postgres-document-store';
import { BadInputError, ConflictError, NotFoundError } from '#platform/errors';
import { requireNpwp, requireText } from '#platform/validation/require';
import type { BpjsTkContext } from '../../context';
import { hubToday } from '../common/clock';
import { randomTrackingCode } from '../common/codes';
import type { JhtClaimChannel, JhtClaimReason, JhtClaimStatus as ClaimStatusEnum } from '../common/enums';
import { isUniqueViolation } from '../common/sql';
import { jhtBalance } from '../ledger/ledger.service';
import type { BpjsTkParticipantRecord } from '../participant/participant.entity';
import { sameName } from '../sms/sms.parser';
import { documentsRequiredFor, jhtClaimEligibility, type Eligibility } from './claim.eligibility';
import type { JhtClaimInput } from './claim.inputs';
import { ClaimRepository, type ClaimRow } from './claim.repository';
import { nextClaimStatus, type ReviewDecision } from './claim.state';
import type { JhtClaim, JhtClaimConnection, JhtClaimTracking } from './claim.type';
import { pageOfList } from '#platform/federation/page-info';

export function toClaim(row: ClaimRow): JhtClaim {
  return {
    id: row.id,
    status: row.status as unknown as ClaimStatusEnum,
    channel: row.channel as JhtClaimChannel,
    reason: row.reason as JhtClaimReason,
    trackingCode: row.tracking_code,
    submittedAt: new Date(row.submitted_at),
    nik: row.nik,
  };
}

export async function eligibilityOf(ctx: BpjsTkContext, participant: BpjsTkParticipantRecord): Promise<Eligibility> {
  const balance = await jhtBalance(ctx, participant.kpj);
  return jhtClaimEligibility({
    status: participant.status,
    inactiveSince: participant.inactiveSince ?? null,
    birthDate: participant.birthDate,
    balance: balance.total,
    today: hubToday(ctx.platform.config),
  });
}

async function requireOwnDocuments(em: EntityManager, caller: Caller, ids: string[]): Promise<void> {
  const owner = documentOwnerOf(caller);
  for (const id of ids) {
    if (!isDocumentId(id)) throw new BadInputError('documentId', `"${id.slice(0, 40)}" is not a document id.`);
  }
  const found = await new PostgresDocumentStore(entityManagerQuery(em)).metadata(ids);
  const own = new Set(found.filter((d) => d.ownerAccountId === owner).map((d) => d.id));
  const missing = ids.find((id) => !own.has(id));
  if (missing) throw new BadInputError('documentId', `Document ${missing} is not one of your uploads.`);
}

function validateBankAccount(input: JhtClaimInput, participant: BpjsTkParticipantRecord) {
  const bankCode = requireText('bankCode', input.bankAccount.bankCode, 10).toUpperCase();
  if (!/^[A-Z0-9]{3,10}$/.test(bankCode)) throw new BadInputError('bankCode', 'bankCode must be a bank code of 3 to 10 letters or digits.');
  const accountNumber = input.bankAccount.accountNumber.replace(/[\s-]/g, '');
  if (!/^\d{6,20}$/.test(accountNumber)) throw new BadInputError('accountNumber', 'accountNumber must be 6 to 20 digits.');
  const accountName = requireText('accountName', input.bankAccount.accountName);
  if (!sameName(accountName, participant.fullName)) {
    throw new BadInputError('accountName', 'The bank account must be in the participant’s own name.');
  }
  return { bankCode, accountNumber, accountName };
}

export async function submitJhtClaim(ctx: BpjsTkContext, input: JhtClaimInput): Promise<JhtClaim> {
  const caller = ctx.caller;
  if (caller.kind !== 'participant') throw new BadInputError('caller', 'Only the participant can submit a claim.');
  const participant = await ctx.loaders.participantByNik.load(caller.nik);
  if (!participant) throw new NotFoundError('Your BPJS Ketenagakerjaan participation');
  const key = input.idempotencyKey ? requireText('idempotencyKey', input.idempotencyKey, 100) : null;
  const claims = new ClaimRepository(ctx.em);
  if (key) {
    const earlier = await claims.findByIdempotencyKey(caller.nik, key);
    if (earlier) return toClaim(earlier);
  }

  const eligibility = await eligibilityOf(ctx, participant);
  if (!eligibility.eligible) {
    throw new BadInputError('reason', `You are not eligible for a full JHT claim now: ${eligibility.reasons.join(' ')}`);
  }
  if (!eligibility.allowedReasons.includes(input.reason as never)) {
    throw new BadInputError('reason', `${input.reason} does not apply now; possible reasons: ${eligibility.allowedReasons.join(', ')}.`);
  }
  const bank = validateBankAccount(input, participant);
  const npwpNeeded = eligibility.requiredDocuments.some((d) => d.kind === 'NPWP' && d.required);
  const npwp = input.npwp ? requireNpwp('npwp', input.npwp) : null;
  if (npwpNeeded && !npwp) throw new BadInputError('npwp', 'An NPWP is required for a balance over Rp 50,000,000.');
  const cited = new Set(input.documents.map((d) => d.kind as string));
  for (const kind of documentsRequiredFor(input.reason as never, eligibility)) {
    if (!cited.has(kind)) {
      const title = eligibility.requiredDocuments.find((d) => d.kind === kind)?.title ?? kind;
      throw new BadInputError('documents', `A ${title} document is required (kind ${kind}).`);
    }
  }
  await requireOwnDocuments(ctx.em, caller, input.documents.map((d) => d.documentId));

  const balance = (await jhtBalance(ctx, participant.kpj)).total;
  try {
    return await ctx.em.transactional(async (em) => {
      const repo = new ClaimRepository(em);
      const row = await repo.insert({
        id: randomUUID(),
        kpj: participant.kpj,
        nik: participant.nik,
        accountId: caller.accountId,
        reason: input.reason,
        channel: eligibility.channel,
        trackingCode: randomTrackingCode(),
        ...bank,
        npwp,
        documents: input.documents.map((d) => ({ kind: d.kind, documentId: d.documentId })),
        balance,
        idempotencyKey: key,
      });
      if (!row) {
        // A concurrent retry with the same key won the insert: answer with its claim.
        const first = key ? await repo.findByIdempotencyKey(participant.nik, key) : null;
        if (!first) throw new ConflictError('The claim could not be recorded; try again.');
        return toClaim(first);
      }
      await repo.addEvent(row.id, 'SUBMITTED', `account:${caller.accountId}`, null);
      return toClaim(row);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'jht_claim_one_open_idx')) {
      const winner = key ? await claims.findByIdempotencyKey(participant.nik, key) : null;
      if (winner) return toClaim(winner);
      throw new ConflictError('You already have a JHT claim in progress; track it before submitting another.');
    }
    throw error;
  }
}

export async function trackJhtClaim(ctx: BpjsTkContext, rawCode: string): Promise<JhtClaimTracking> {
  const code = rawCode.trim().toUpperCase();
  const row = /^JHT-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(code)
    ? await new ClaimRepository(ctx.em).findByTrackingCode(code)
    : null;
  if (!row) throw new NotFoundError('A claim with this tracking code');
  return { trackingCode: row.tracking_code, status: row.status as never, channel: row.channel as never, history: [], claimId: row.id };
}

const encodeCursor = (id: string) => Buffer.from(`claim:${id}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = text.startsWith('claim:') ? text.slice(6) : '';
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new BadInputError('after', 'after is not a cursor from this list.');
  return id;
}

export async function listJhtClaims(
  ctx: BpjsTkContext,
  status: string | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<JhtClaimConnection> {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 0 || size > 100) throw new BadInputError('first', 'first must be from 0 to 100.');
  const page = await new ClaimRepository(ctx.em).page((status as never) ?? null, size, after ? decodeCursor(after) : null);
  const nodes = page.rows.map(toClaim);
  return {
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null },
    nodes,
  };
}

/** The participant's own claims, newest first (through the claims DataLoader). */
export async function claimsOf(ctx: BpjsTkContext, nik: string, first: number | null | undefined, after?: string | null): Promise<JhtClaimConnection> {
  const rows = await ctx.loaders.claimsByNik.load(nik);
  const page = pageOfList(rows, (row) => row.id, first ?? 10, after);
  return { ...page, nodes: page.nodes.map(toClaim) };
}

export async function reviewJhtClaim(ctx: BpjsTkContext, id: string, decision: ReviewDecision, rawNote: string | null | undefined): Promise<JhtClaim> {
  const caller = ctx.caller;
  const actor = caller.kind === 'staff' ? `staff:${caller.accountId}` : 'unknown';
  const note = rawNote ? requireText('note', rawNote, 1000) : null;
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError('The claim');
  return ctx.em.transactional(async (em) => {
    const repo = new ClaimRepository(em);
    const claim = await repo.lockById(id);
    if (!claim) throw new NotFoundError('The claim');
    const next = nextClaimStatus(claim.status, decision);
    if (!next) throw new ConflictError(`A ${claim.status} claim cannot take the decision ${decision}.`);
    const updated = await repo.setStatus(id, next);
    await repo.addEvent(id, next, actor, note);
    return toClaim(updated);
  });
}
