// A participant answers an officer's REQUEST_REVISION on their JHT claim: only the submitter, only
// while NEEDS_REVISION (CONFLICT otherwise), the documents checked as on submission; the claim goes
// back to SUBMITTED (and into the officers' queue) with the revision in its history, and the
// participant is told by e-mail. One transaction.
import { enqueueMessage } from '#platform/messaging/outbox';
import { ConflictError, NotFoundError } from '#platform/errors';
import { requireText } from '#platform/validation/require';
import type { BpjsTkContext } from '../../context';
import { contactOf } from '../recovery/contact.client';
import { eligibilityFor, isPartialReason } from './claim.partial';
import type { JhtClaimReason } from './claim.eligibility';
import type { JhtClaimRevisionInput } from './claim.inputs';
import { ClaimRepository } from './claim.repository';
import {
  eligibilityInputOf, requireClaimDocuments, requireClaimNpwp, requireOwnDocuments, toClaim, validateBankAccount,
} from './claim.service';
import { revisedClaimStatus } from './claim.state';
import type { JhtClaim } from './claim.type';

const UUID = /^[0-9a-f-]{36}$/i;

export async function reviseJhtClaim(ctx: BpjsTkContext, id: string, input: JhtClaimRevisionInput): Promise<JhtClaim> {
  const caller = ctx.caller;
  if (caller.kind !== 'participant' || !UUID.test(id)) throw new NotFoundError('The claim');
  const note = input.note?.trim() ? requireText('note', input.note, 1000) : null;
  const participant = await ctx.loaders.participantByNik.load(caller.nik);
  if (!participant) throw new NotFoundError('The claim');
  // Where to tell the participant (identity's account contact first): asked before the row is locked.
  const contact = await contactOf(ctx.em, ctx.platform, participant);

  return ctx.em.transactional(async (em) => {
    const repo = new ClaimRepository(em);
    const claim = await repo.lockForRevision(id);
    // Someone else's claim is not found: its existence is not the caller's business.
    if (!claim || claim.account_id !== caller.accountId || claim.nik !== caller.nik) throw new NotFoundError('The claim');
    const next = revisedClaimStatus(claim.status);
    if (!next) throw new ConflictError(`Only a claim that needs revision can be revised; this one is ${claim.status}.`);

    // The documents this claim needs now, as on submission; the claim itself does not count as an
    // earlier partial claim.
    const rules = await eligibilityInputOf(ctx, participant);
    const earlierPartials = Math.max(0, (rules.partialClaims ?? 0) - (isPartialReason(claim.reason) ? 1 : 0));
    const needs = eligibilityFor(claim.reason as JhtClaimReason, { ...rules, partialClaims: earlierPartials });
    const bank = input.bankAccount ? validateBankAccount(input.bankAccount, participant) : null;
    const npwp = requireClaimNpwp(input.npwp ?? claim.npwp, needs);
    requireClaimDocuments(claim.reason, input.documents, needs);
    await requireOwnDocuments(em, caller, input.documents.map((d) => d.documentId));

    const updated = await repo.revise(id, {
      status: next, documents: input.documents.map((d) => ({ kind: d.kind, documentId: d.documentId })), npwp, bank,
    });
    await repo.addEvent(id, next, `account:${caller.accountId}`, note);
    if (contact?.email) {
      await enqueueMessage(em, {
        channel: 'EMAIL',
        to: contact.email,
        kind: 'JHT_CLAIM_STATUS',
        subject: `Klaim JHT (${claim.tracking_code}): status ${next}`,
        body: [
          'Yth. Peserta BPJS Ketenagakerjaan,',
          '',
          `Perbaikan klaim JHT Anda dengan nomor pelacakan ${claim.tracking_code} telah kami terima dan menunggu pemeriksaan petugas.`,
          '',
          'Hormat kami,',
          'BPJS Ketenagakerjaan',
        ].join('\n'),
      });
    }
    return toClaim(updated);
  });
}
