// The review path of a JHT claim, as a pure state machine:
// SUBMITTED → VERIFIED → APPROVED → PAID, each APPROVE advancing one step; REJECT ends it;
// REQUEST_REVISION sends it back to the participant; an officer's APPROVE of a revised claim verifies it.

import type { JhtClaimStatus as JhtClaimStatusEnum } from '../common/enums';
import type { ReviewDecision as ReviewDecisionEnum } from '#domain/review-decision';

// The enums' values as literals (the state table is written with them; an enum member is one of them).
export type JhtClaimStatus = `${JhtClaimStatusEnum}`;
export type ReviewDecision = `${ReviewDecisionEnum}`;

/** Claims still in review: one per NIK at a time, held by the unique index `jht_claim_one_open_idx` over these statuses. */
export const OPEN_CLAIM_STATUSES: readonly JhtClaimStatus[] = ['SUBMITTED', 'VERIFIED', 'APPROVED', 'NEEDS_REVISION'];

const TRANSITIONS: Record<JhtClaimStatus, Partial<Record<ReviewDecision, JhtClaimStatus>>> = {
  SUBMITTED: { APPROVE: 'VERIFIED', REJECT: 'REJECTED', REQUEST_REVISION: 'NEEDS_REVISION' },
  NEEDS_REVISION: { APPROVE: 'VERIFIED', REJECT: 'REJECTED' },
  VERIFIED: { APPROVE: 'APPROVED', REJECT: 'REJECTED', REQUEST_REVISION: 'NEEDS_REVISION' },
  APPROVED: { APPROVE: 'PAID' },
  PAID: {},
  REJECTED: {},
};

/** The status after `decision`, or null when the decision is not possible from `from`. */
export function nextClaimStatus(from: JhtClaimStatus, decision: ReviewDecision): JhtClaimStatus | null {
  return TRANSITIONS[from][decision] ?? null;
}

/** Only a claim sent back to the participant can be revised; a revision puts it back in the queue. */
export function revisedClaimStatus(from: JhtClaimStatus): JhtClaimStatus | null {
  return from === 'NEEDS_REVISION' ? 'SUBMITTED' : null;
}

/**
 * Four eyes on money: the officer who moved a claim to APPROVED may not also move it to PAID. Returns the
 * reason to refuse, or null.
 */
export function fourEyesProblem(next: JhtClaimStatus, actor: string, approvedBy: string | null): string | null {
  return next === 'PAID' && approvedBy === actor ? 'Another officer must record the payment of a claim you approved.' : null;
}
