// JHT claims: eligibility, submission (idempotent, one open claim per person), public tracking and
// the officers' review.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '#platform/auth/caller';
import { isDocumentId, ownDocuments } from '#platform/documents/document-store';
import { PostgresDocumentStore } from '#platform/documents/postgres-document-store';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '#platform/errors';
import { requireText } from '#platform/validation/require';
import { requireNpwp } from '#domain/require-identifiers';
import type { BpjsTkContext } from '../../context';
import { hubPeriod, hubToday } from '#platform/clock';
import { randomTrackingCode } from '../common/codes';
import type { JhtClaimChannel, JhtClaimReason, JhtClaimStatus as ClaimStatusEnum } from '../common/enums';
import { isUniqueViolation, sqlOf } from '#platform/db/sql';
import { LedgerRepository } from '../ledger/ledger.repository';
import { jhtBalance } from '../ledger/ledger.service';
import type { BpjsTkParticipantRecord } from '../participant/participant.entity';
import { memberSinceOf } from '../participant/participant.mapper';
import { namesMatch } from '#platform/validation/names';
import { documentsRequiredFor, type Eligibility, type EligibilityInput } from './claim.eligibility';
import { claimAmount, eligibilityFor, isPartialReason } from './claim.partial';
import type { BankAccountInput, JhtClaimInput } from './claim.inputs';
import { ClaimRepository, type ClaimRow } from './claim.repository';
import { fourEyesProblem, nextClaimStatus, type ReviewDecision } from './claim.state';
import type { JhtClaim, JhtClaimConnection, JhtClaimTracking } from './claim.type';
import { decodeIdCursor, encodeIdCursor, pageOfList } from '#platform/federation/page-info';

export function toClaim(row: ClaimRow): JhtClaim {
  return {
    id: row.id,
    status: row.status,
    channel: row.channel as JhtClaimChannel,
    reason: row.reason as JhtClaimReason,
    trackingCode: row.tracking_code,
    submittedAt: new Date(row.submitted_at),
    amount: row.amount === null ? null : Number(row.amount),
    nik: row.nik,
  };
}

/** Partial claims of this membership (KPJ) that were not rejected: they count against "once in a membership". */
export function partialClaimsOf(claims: readonly Pick<ClaimRow, 'kpj' | 'reason' | 'status'>[], kpj: string): number {
  return claims.filter((c) => c.kpj === kpj && isPartialReason(c.reason) && c.status !== 'REJECTED').length;
}

/** What the eligibility rules need to know of a participant now (balance and claims through the DataLoaders). */
export async function eligibilityInputOf(ctx: BpjsTkContext, participant: BpjsTkParticipantRecord): Promise<EligibilityInput> {
  const [balance, claims] = await Promise.all([jhtBalance(ctx, participant.kpj), ctx.loaders.claimsByNik.load(participant.nik)]);
  return {
    status: participant.status,
    inactiveSince: participant.inactiveSince ?? null,
    birthDate: participant.birthDate,
    balance: balance.total,
    today: hubToday(ctx.platform.config),
    memberSince: memberSinceOf(participant),
    partialClaims: partialClaimsOf(claims, participant.kpj),
  };
}

/** Eligibility for `reason` (a partial or full reason), or for a full claim when none is given. */
export async function eligibilityOf(ctx: BpjsTkContext, participant: BpjsTkParticipantRecord, reason?: JhtClaimReason | null): Promise<Eligibility> {
  return eligibilityFor(reason, await eligibilityInputOf(ctx, participant));
}

export async function requireOwnDocuments(em: EntityManager, caller: Caller, ids: string[]): Promise<void> {
  for (const id of ids) {
    if (!isDocumentId(id)) throw new BadInputError('documentId', `"${id.slice(0, 40)}" is not a document id.`);
  }
  const own = await ownDocuments(new PostgresDocumentStore(sqlOf(em)), caller, ids);
  const missing = ids.find((id) => !own.has(id));
  if (missing) throw new BadInputError('documentId', `Document ${missing} is not one of your uploads.`);
}

export function validateBankAccount(input: BankAccountInput, participant: BpjsTkParticipantRecord) {
  const bankCode = requireText('bankCode', input.bankCode, 10).toUpperCase();
  if (!/^[A-Z0-9]{3,10}$/.test(bankCode)) throw new BadInputError('bankCode', 'bankCode must be a bank code of 3 to 10 letters or digits.');
  const accountNumber = input.accountNumber.replace(/[\s-]/g, '');
  if (!/^\d{6,20}$/.test(accountNumber)) throw new BadInputError('accountNumber', 'accountNumber must be 6 to 20 digits.');
  const accountName = requireText('accountName', input.accountName);
  if (!namesMatch(accountName, participant.fullName)) {
    throw new BadInputError('accountName', 'The bank account must be in the participant’s own name.');
  }
  return { bankCode, accountNumber, accountName };
}

/** The NPWP when one is given (validated), refusing its absence when the rules require it. */
export function requireClaimNpwp(raw: string | null | undefined, eligibility: Pick<Eligibility, 'requiredDocuments'>): string | null {
  const npwp = raw ? requireNpwp('npwp', raw) : null;
  if (!npwp && eligibility.requiredDocuments.some((d) => d.kind === 'NPWP' && d.required)) {
    throw new BadInputError('npwp', 'An NPWP is required for a balance over Rp 50,000,000 or after a partial claim.');
  }
  return npwp;
}

/** Every document kind the claim needs must be cited. */
export function requireClaimDocuments(reason: `${JhtClaimReason}`, documents: readonly { kind: string }[], eligibility: Pick<Eligibility, 'requiredDocuments'>): void {
  const cited = new Set(documents.map((d) => d.kind as string));
  for (const kind of documentsRequiredFor(reason, eligibility)) {
    if (!cited.has(kind)) {
      const title = eligibility.requiredDocuments.find((d) => d.kind === kind)?.title ?? kind;
      throw new BadInputError('documents', `A ${title} document is required (kind ${kind}).`);
    }
  }
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

  const eligibility = await eligibilityOf(ctx, participant, input.reason);
  if (!eligibility.eligible) {
    const kind = isPartialReason(input.reason) ? 'this partial JHT claim' : 'a full JHT claim';
    throw new BadInputError('reason', `You are not eligible for ${kind} now: ${eligibility.reasons.join(' ')}`);
  }
  const amount = claimAmount(input.reason, input.amount, eligibility);
  if (!amount.ok) throw new BadInputError('amount', amount.message);
  const bank = validateBankAccount(input.bankAccount, participant);
  const npwp = requireClaimNpwp(input.npwp, eligibility);
  requireClaimDocuments(input.reason, input.documents, eligibility);
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
        amount: isPartialReason(input.reason) ? amount.amount : null,
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
  return { trackingCode: row.tracking_code, status: row.status, channel: row.channel, history: [], claimId: row.id };
}

const encodeCursor = encodeIdCursor;

function decodeCursor(cursor: string): string {
  const id = decodeIdCursor(cursor);
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new BadInputError('after', 'after is not a cursor of this list.');
  return id;
}

export async function listJhtClaims(
  ctx: BpjsTkContext,
  status: `${ClaimStatusEnum}` | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<JhtClaimConnection> {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 0 || size > 100) throw new BadInputError('first', 'first must be from 0 to 100.');
  const page = await new ClaimRepository(ctx.em).page(status ?? null, size, after ? decodeCursor(after) : null);
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
    const problem = fourEyesProblem(next, actor, next === 'PAID' ? await repo.approvedBy(id) : null);
    if (problem) throw new ForbiddenError(problem);
    const updated = await repo.setStatus(id, next);
    await repo.addEvent(id, next, actor, note);
    if (next === 'PAID') await recordPayout(em, ctx, updated);
    return toClaim(updated);
  });
}

/** A paid partial claim leaves the balance: a withdrawal on the ledger in the month it was paid. */
async function recordPayout(em: EntityManager, ctx: BpjsTkContext, claim: ClaimRow): Promise<void> {
  if (!isPartialReason(claim.reason) || claim.amount === null) return;
  await new LedgerRepository(em).addWithdrawal(claim.kpj, hubPeriod(ctx.platform.config, new Date()), Number(claim.amount));
}
