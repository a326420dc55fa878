import { isFinal, nextStatus, type SubmissionEvent, type TaspenSubmissionStatus } from './submission.state';

test('a new submission can be approved, rejected, sent back for revision or taken into review', () => {
  expect(nextStatus('SUBMITTED', 'APPROVE')).toBe('APPROVED');
  expect(nextStatus('SUBMITTED', 'REJECT')).toBe('REJECTED');
  expect(nextStatus('SUBMITTED', 'REQUEST_REVISION')).toBe('NEEDS_REVISION');
  expect(nextStatus('SUBMITTED', 'START_REVIEW')).toBe('IN_REVIEW');
});

test('a submission in review is decided the same way but not taken into review twice', () => {
  expect(nextStatus('IN_REVIEW', 'APPROVE')).toBe('APPROVED');
  expect(nextStatus('IN_REVIEW', 'START_REVIEW')).toBeNull();
});

test('a submission waiting for revision cannot be approved before it is resubmitted', () => {
  expect(nextStatus('NEEDS_REVISION', 'APPROVE')).toBeNull();
  expect(nextStatus('NEEDS_REVISION', 'RESUBMIT')).toBe('SUBMITTED');
  expect(nextStatus('NEEDS_REVISION', 'REJECT')).toBe('REJECTED');
});

test('approved and rejected submissions are final: no event moves them', () => {
  const events: SubmissionEvent[] = ['APPROVE', 'REJECT', 'REQUEST_REVISION', 'START_REVIEW', 'RESUBMIT'];
  for (const status of ['APPROVED', 'REJECTED'] as TaspenSubmissionStatus[]) {
    expect(isFinal(status)).toBe(true);
    for (const event of events) expect(nextStatus(status, event)).toBeNull();
  }
  expect(isFinal('SUBMITTED')).toBe(false);
});

test('a participant cannot resubmit what is not waiting for revision', () => {
  expect(nextStatus('SUBMITTED', 'RESUBMIT')).toBeNull();
  expect(nextStatus('IN_REVIEW', 'RESUBMIT')).toBeNull();
});
