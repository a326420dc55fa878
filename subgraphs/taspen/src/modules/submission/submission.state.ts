// The life of a Taspen submission. Pure: the service asks here whether a step is allowed.
//
//   SUBMITTED ──START_REVIEW──▶ IN_REVIEW
//   SUBMITTED | IN_REVIEW ──APPROVE──▶ APPROVED (final)
//   SUBMITTED | IN_REVIEW | NEEDS_REVISION ──REJECT──▶ REJECTED (final)
//   SUBMITTED | IN_REVIEW ──REQUEST_REVISION──▶ NEEDS_REVISION
//   NEEDS_REVISION ──RESUBMIT──▶ SUBMITTED
import type { ReviewDecision, TaspenSubmissionStatus } from '../common/enums';
export type { ReviewDecision, TaspenSubmissionStatus };
export type SubmissionEvent = ReviewDecision | 'START_REVIEW' | 'RESUBMIT';

const TRANSITIONS: Record<TaspenSubmissionStatus, Partial<Record<SubmissionEvent, TaspenSubmissionStatus>>> = {
  SUBMITTED: { START_REVIEW: 'IN_REVIEW', APPROVE: 'APPROVED', REJECT: 'REJECTED', REQUEST_REVISION: 'NEEDS_REVISION' },
  IN_REVIEW: { APPROVE: 'APPROVED', REJECT: 'REJECTED', REQUEST_REVISION: 'NEEDS_REVISION' },
  NEEDS_REVISION: { RESUBMIT: 'SUBMITTED', REJECT: 'REJECTED' },
  APPROVED: {},
  REJECTED: {},
};

/** The status after `event`, or null when the event is not allowed from `status`. */
export function nextStatus(status: TaspenSubmissionStatus, event: SubmissionEvent): TaspenSubmissionStatus | null {
  return TRANSITIONS[status]?.[event] ?? null;
}

export function isFinal(status: TaspenSubmissionStatus): boolean {
  return Object.keys(TRANSITIONS[status]).length === 0;
}

/** Statuses an officer still has to act on. */
export const OPEN_STATUSES: readonly TaspenSubmissionStatus[] = ['SUBMITTED', 'IN_REVIEW'];
