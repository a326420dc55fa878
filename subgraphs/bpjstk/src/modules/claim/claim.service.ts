// JHT claims: eligibility, submission (idempotent, one open claim per person), public tracking, the
// officers' review and the participant's revision. Built once per process; each call gets the request's
// scope (its caller, EntityManager and DataLoaders).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '#platform/auth/caller';
import type { HubConfig } from '#platform/config';
import { documentOwnerOf, isDocumentId, type DocumentStore } from '#platform/documents/document-store';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '#platform/errors';
import { decodeIdCursor, encodeIdCursor, pageOfList } from '#platform/federation/page-info';
import { enqueueMessage } from '#platform/messaging/outbox';
import { requireText } from '#platform/validation/require';
import type { BpjsTkContext } from '../../context';
import { hubPeriod, hubToday } from '#platform/clock';
import { randomTrackingCode } from '../common/codes';
import { everyStatusCounted } from '#domain/dashboard';
import { JhtClaimStatus as ClaimStatusEnum } from '../common/enums';
import { isUniqueViolation } from '#platform/db/sql';
import { ContributionLedgerRecord } from '../ledger/ledger.entity';
import type { LedgerService } from '../ledger/ledger.service';
import type { BpjsTkParticipantRecord } from '../participant/participant.entity';
import { memberSinceOf } from '../participant/participant.view';
import type { Contact } from '../recovery/contact.client';
import type { Eligibility, EligibilityInput, JhtClaimReason } from './claim.eligibility';
import { JhtClaimRecord } from './claim.entity';
import type { JhtClaimInput, JhtClaimRevisionInput } from './claim.inputs';
import { claimAmount, eligibilityFor, isPartialReason } from './claim.partial';
import type { ClaimRepository } from './claim.repository';
import { partialClaimsOf, requireClaimDocuments, requireClaimNpwp, validateBankAccount } from './claim.rules';
import { fourEyesProblem, nextClaimStatus, revisedClaimStatus, type ReviewDecision } from './claim.state';
import type { JhtClaimStatusCount } from '../dashboard/dashboard.type';
import type { JhtClaim, JhtClaimConnection, JhtClaimEligibility, JhtClaimTracking } from './claim.type';

/** What a claim call needs of its request. */
export type ClaimScope = Pick<BpjsTkContext, 'caller' | 'em' | 'loaders'>;

export interface ClaimServiceDeps {
  config: Pick<HubConfig, 'HUB_TIME_ZONE_OFFSET_HOURS'>;
  /** Where the cited uploads' owners are looked up (identity owns the documents). */
  documents: Pick<DocumentStore, 'metadata'>;
  /** The participant's JHT balance (modules/ledger). */
  ledger: Pick<LedgerService, 'balance'>;
  /** Where to tell a participant about their claim (modules/recovery/contact.client.ts). */
  contactOf(em: EntityManager, participant: BpjsTkParticipantRecord): Promise<Contact | null>;
}

const UUID = /^[0-9a-f-]{36}$/i;

export function toClaim(record: JhtClaimRecord): JhtClaim {
  return {
    id: record.id,
    status: record.status,
    channel: record.channel,
    reason: record.reason,
    trackingCode: record.trackingCode,
    submittedAt: new Date(record.submittedAt),
    amount: record.amount ?? null,
    nik: record.nik,
  };
}

const claimsOf = (em: EntityManager): ClaimRepository => em.getRepository(JhtClaimRecord);

const encodeCursor = encodeIdCursor;

function decodeCursor(cursor: string): string {
  const id = decodeIdCursor(cursor);
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new BadInputError('after', 'after is not a cursor of this list.');
  return id;
}

/** Every cited document must be one of the caller's own uploads. */
async function requireOwnDocuments(documents: Pick<DocumentStore, 'metadata'>, caller: Caller, ids: string[]): Promise<void> {
  const owner = documentOwnerOf(caller);
  for (const [index, id] of ids.entries()) {
    if (!isDocumentId(id)) throw new BadInputError(`documents[${index}].documentId`, `"${id.slice(0, 40)}" is not a document id.`);
  }
  const found = await documents.metadata(ids);
  const own = new Set(found.filter((d) => d.ownerAccountId === owner).map((d) => d.id));
  const missing = ids.find((id) => !own.has(id));
  if (missing) throw new BadInputError(`documents[${ids.indexOf(missing)}].documentId`, `Document ${missing} is not one of your uploads.`);
}

export class ClaimService {
  constructor(private readonly deps: ClaimServiceDeps) {}

  /** What the eligibility rules need to know of a participant now (balance and claims through the DataLoaders). */
  async eligibilityInput(scope: ClaimScope, participant: BpjsTkParticipantRecord): Promise<EligibilityInput> {
    const [balance, claims] = await Promise.all([this.deps.ledger.balance(scope, participant.kpj), scope.loaders.claimsByNik.load(participant.nik)]);
    return {
      status: participant.status,
      inactiveSince: participant.inactiveSince ?? null,
      birthDate: participant.birthDate,
      balance: balance.total,
      today: hubToday(this.deps.config),
      memberSince: memberSinceOf(participant),
      partialClaims: partialClaimsOf(claims, participant.kpj),
    };
  }

  /** Eligibility for `reason` (a partial or full reason), or for a full claim when none is given. */
  async eligibility(scope: ClaimScope, participant: BpjsTkParticipantRecord, reason?: JhtClaimReason | null): Promise<Eligibility> {
    return eligibilityFor(reason, await this.eligibilityInput(scope, participant));
  }

  /** Eligibility of the participant with this KPJ (null when there is none), as the GraphQL type. */
  async eligibilityOf(scope: ClaimScope, kpj: string, reason: JhtClaimReason | null): Promise<JhtClaimEligibility | null> {
    const participant = await scope.loaders.participantByKpj.load(kpj);
    return participant ? await this.eligibility(scope, participant, reason) : null;
  }

  /** All claims counted by status, every status listed (0 when none): the officers' dashboard. */
  async countsByStatus(scope: Pick<ClaimScope, 'em'>): Promise<JhtClaimStatusCount[]> {
    const counts = await claimsOf(scope.em).countsByStatus();
    return everyStatusCounted(ClaimStatusEnum, counts);
  }

  async submit(scope: ClaimScope, input: JhtClaimInput): Promise<JhtClaim> {
    const caller = scope.caller;
    if (caller.kind !== 'participant') throw new BadInputError('caller', 'Only the participant can submit a claim.');
    const participant = await scope.loaders.participantByNik.load(caller.nik);
    if (!participant) throw new NotFoundError('Your BPJS Ketenagakerjaan participation');
    const key = input.idempotencyKey ? requireText('idempotencyKey', input.idempotencyKey, 100) : null;
    const reason = input.reason;
    const claims = claimsOf(scope.em);
    if (key) {
      const earlier = await claims.findByIdempotencyKey(caller.nik, key);
      if (earlier) return toClaim(earlier);
    }

    const eligibility = await this.eligibility(scope, participant, reason);
    if (!eligibility.eligible) {
      const kind = isPartialReason(reason) ? 'this partial JHT claim' : 'a full JHT claim';
      throw new BadInputError('reason', `You are not eligible for ${kind} now: ${eligibility.reasons.join(' ')}`);
    }
    const amount = claimAmount(reason, input.amount, eligibility);
    if (!amount.ok) throw new BadInputError('amount', amount.message);
    const bank = validateBankAccount(input.bankAccount, participant);
    const npwp = requireClaimNpwp(input.npwp, eligibility);
    requireClaimDocuments(reason, input.documents, eligibility);
    await requireOwnDocuments(
      this.deps.documents,
      caller,
      input.documents.map((d) => d.documentId),
    );

    const balance = (await this.deps.ledger.balance(scope, participant.kpj)).total;
    try {
      return await scope.em.transactional(async (em) => {
        const repo = claimsOf(em);
        const claim = await repo.insertOnce({
          id: randomUUID(),
          kpj: participant.kpj,
          nik: participant.nik,
          accountId: caller.accountId,
          reason,
          channel: eligibility.channel,
          trackingCode: randomTrackingCode(),
          ...bank,
          npwp,
          documents: input.documents.map((d) => ({ kind: d.kind, documentId: d.documentId })),
          balance,
          amount: isPartialReason(reason) ? amount.amount : null,
          idempotencyKey: key,
        });
        if (!claim) {
          // A concurrent retry with the same key won the insert: answer with its claim.
          const first = key ? await repo.findByIdempotencyKey(participant.nik, key) : null;
          if (!first) throw new ConflictError('The claim could not be recorded; try again.');
          return toClaim(first);
        }
        repo.addEvent(claim, 'SUBMITTED', `account:${caller.accountId}`, null);
        return toClaim(claim);
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

  async track(scope: ClaimScope, rawCode: string): Promise<JhtClaimTracking> {
    const code = rawCode.trim().toUpperCase();
    const claim = /^JHT-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(code) ? await claimsOf(scope.em).findByTrackingCode(code) : null;
    if (!claim) throw new NotFoundError('A claim with this tracking code');
    const { status, channel } = toClaim(claim);
    return { trackingCode: claim.trackingCode, status, channel, history: [], claimId: claim.id };
  }

  /** The officers' review queue, oldest first. */
  async list(
    scope: ClaimScope,
    status: ClaimStatusEnum | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<JhtClaimConnection> {
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 0 || size > 100) throw new BadInputError('first', 'first must be from 0 to 100.');
    const page = await claimsOf(scope.em).page(status ?? null, size, after ? decodeCursor(after) : null);
    const nodes = page.rows.map(toClaim);
    return {
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null },
      nodes,
    };
  }

  /** The participant's own claims, newest first (through the claims DataLoader). */
  async ofParticipant(scope: ClaimScope, nik: string, first: number | null | undefined, after?: string | null): Promise<JhtClaimConnection> {
    const claims = await scope.loaders.claimsByNik.load(nik);
    const page = pageOfList(claims, (claim) => claim.id, first ?? 10, after);
    return { ...page, nodes: page.nodes.map(toClaim) };
  }

  async review(scope: ClaimScope, id: string, decision: ReviewDecision, rawNote: string | null | undefined): Promise<JhtClaim> {
    const caller = scope.caller;
    const actor = caller.kind === 'staff' ? `staff:${caller.accountId}` : 'unknown';
    const note = rawNote ? requireText('note', rawNote, 1000) : null;
    if (!UUID.test(id)) throw new NotFoundError('The claim');
    return scope.em.transactional(async (em) => {
      const repo = claimsOf(em);
      const claim = await repo.lockById(id);
      if (!claim) throw new NotFoundError('The claim');
      const next = nextClaimStatus(claim.status, decision);
      if (!next) throw new ConflictError(`A ${claim.status} claim cannot take the decision ${decision}.`);
      const problem = fourEyesProblem(next, actor, next === 'PAID' ? await repo.approvedBy(id) : null);
      if (problem) throw new ForbiddenError(problem);
      claim.status = next;
      repo.addEvent(claim, next, actor, note);
      if (next === 'PAID') await this.recordPayout(em, claim);
      return toClaim(claim);
    });
  }

  /**
   * The participant answers an officer's REQUEST_REVISION: only the submitter, only while NEEDS_REVISION
   * (CONFLICT otherwise), the documents checked as on submission; the claim goes back to SUBMITTED (and
   * into the officers' queue) with the revision in its history, and the participant is told by e-mail.
   */
  async revise(scope: ClaimScope, id: string, input: JhtClaimRevisionInput): Promise<JhtClaim> {
    const caller = scope.caller;
    if (caller.kind !== 'participant' || !UUID.test(id)) throw new NotFoundError('The claim');
    const note = input.note?.trim() ? requireText('note', input.note, 1000) : null;
    const participant = await scope.loaders.participantByNik.load(caller.nik);
    if (!participant) throw new NotFoundError('The claim');
    // Where to tell the participant (identity's account contact first): asked before the row is locked.
    const contact = await this.deps.contactOf(scope.em, participant);

    return scope.em.transactional(async (em) => {
      const repo = claimsOf(em);
      const claim = await repo.lockById(id);
      // Someone else's claim is not found: its existence is not the caller's business.
      if (!claim || claim.accountId !== caller.accountId || claim.nik !== caller.nik) throw new NotFoundError('The claim');
      const next = revisedClaimStatus(claim.status);
      if (!next) throw new ConflictError(`Only a claim that needs revision can be revised; this one is ${claim.status}.`);

      // The documents this claim needs now, as on submission; the claim itself does not count as an
      // earlier partial claim.
      const rules = await this.eligibilityInput(scope, participant);
      const earlierPartials = Math.max(0, (rules.partialClaims ?? 0) - (isPartialReason(claim.reason) ? 1 : 0));
      const needs = eligibilityFor(claim.reason, { ...rules, partialClaims: earlierPartials });
      const bank = input.bankAccount ? validateBankAccount(input.bankAccount, participant) : null;
      const npwp = requireClaimNpwp(input.npwp ?? claim.npwp, needs);
      requireClaimDocuments(claim.reason, input.documents, needs);
      await requireOwnDocuments(
        this.deps.documents,
        caller,
        input.documents.map((d) => d.documentId),
      );

      repo.revise(claim, { status: next, documents: input.documents.map((d) => ({ kind: d.kind, documentId: d.documentId })), npwp, bank });
      repo.addEvent(claim, next, `account:${caller.accountId}`, note);
      if (contact?.email) await enqueueMessage(em, revisionReceivedEmail(contact.email, claim.trackingCode, next));
      return toClaim(claim);
    });
  }

  /** A paid partial claim leaves the balance: a withdrawal on the ledger in the month it was paid. */
  private async recordPayout(em: EntityManager, claim: JhtClaimRecord): Promise<void> {
    if (!isPartialReason(claim.reason) || claim.amount == null) return;
    await em.getRepository(ContributionLedgerRecord).addWithdrawal(claim.kpj, hubPeriod(this.deps.config, new Date()), claim.amount);
  }
}

function revisionReceivedEmail(to: string, trackingCode: string, status: string) {
  return {
    channel: 'EMAIL' as const,
    to,
    kind: 'JHT_CLAIM_STATUS',
    subject: `Klaim JHT (${trackingCode}): status ${status}`,
    body: [
      'Yth. Peserta BPJS Ketenagakerjaan,',
      '',
      `Perbaikan klaim JHT Anda dengan nomor pelacakan ${trackingCode} telah kami terima dan menunggu pemeriksaan petugas.`,
      '',
      'Hormat kami,',
      'BPJS Ketenagakerjaan',
    ].join('\n'),
  };
}
