import { nextClaimStatus, OPEN_CLAIM_STATUSES } from './claim.state';

describe('the JHT claim review state machine', () => {
  test('each approval advances one step: submitted, verified, approved, paid', () => {
    expect(nextClaimStatus('SUBMITTED', 'APPROVE')).toBe('VERIFIED');
    expect(nextClaimStatus('VERIFIED', 'APPROVE')).toBe('APPROVED');
    expect(nextClaimStatus('APPROVED', 'APPROVE')).toBe('PAID');
  });

  test('a claim can be rejected or sent back for revision before approval', () => {
    expect(nextClaimStatus('SUBMITTED', 'REJECT')).toBe('REJECTED');
    expect(nextClaimStatus('VERIFIED', 'REQUEST_REVISION')).toBe('NEEDS_REVISION');
    expect(nextClaimStatus('NEEDS_REVISION', 'APPROVE')).toBe('VERIFIED');
  });

  test('paid and rejected claims are final, and an approved claim can only be paid', () => {
    for (const decision of ['APPROVE', 'REJECT', 'REQUEST_REVISION'] as const) {
      expect(nextClaimStatus('PAID', decision)).toBeNull();
      expect(nextClaimStatus('REJECTED', decision)).toBeNull();
    }
    expect(nextClaimStatus('APPROVED', 'REJECT')).toBeNull();
    expect(nextClaimStatus('NEEDS_REVISION', 'REQUEST_REVISION')).toBeNull();
  });

  test('open claims are exactly those an officer can still decide on', () => {
    const decidable = (['SUBMITTED', 'VERIFIED', 'APPROVED', 'PAID', 'REJECTED', 'NEEDS_REVISION'] as const).filter((status) =>
      (['APPROVE', 'REJECT', 'REQUEST_REVISION'] as const).some((decision) => nextClaimStatus(status, decision) !== null),
    );
    expect([...OPEN_CLAIM_STATUSES].sort()).toEqual([...decidable].sort());
  });
});
