import { jhtClaimEligibility } from './claim.eligibility';
import { claimAmount, eligibilityFor, membershipYears, partialClaimEligibility, partialMaxAmount } from './claim.partial';

const TODAY = '2026-12-01';
const ANDI = {
  status: 'ACTIVE' as const,
  inactiveSince: null,
  birthDate: '1990-07-21',
  balance: 45_120_500,
  today: TODAY,
  memberSince: '2012-01-15',
  partialClaims: 0,
};
const BUDI = {
  status: 'INACTIVE' as const,
  inactiveSince: '2009-12-31',
  birthDate: '1985-03-12',
  balance: 12_480_000,
  today: TODAY,
  memberSince: '2006-03-01',
  partialClaims: 0,
};
const RUDI = {
  status: 'INACTIVE' as const,
  inactiveSince: '2025-06-30',
  birthDate: '1968-02-28',
  balance: 75_250_000,
  today: TODAY,
  memberSince: '1995-07-01',
  partialClaims: 0,
};
const required = (e: { requiredDocuments: { kind: string; required: boolean }[] }) =>
  e.requiredDocuments
    .filter((d) => d.required)
    .map((d) => d.kind)
    .sort();

describe('partial JHT claims', () => {
  test('Andi (14 years, still employed) may claim 30% for housing and 10% for retirement preparation, rounded down', () => {
    const housing = partialClaimEligibility('HOUSING', ANDI);
    expect(housing).toMatchObject({ eligible: true, maxAmount: 13_536_150, channel: 'LAPAK_ASIK', allowedReasons: ['HOUSING'] });
    const retirement = partialClaimEligibility('RETIREMENT_PREPARATION', ANDI);
    expect(retirement).toMatchObject({ eligible: true, maxAmount: 4_512_050 });
    expect(partialMaxAmount('RETIREMENT_PREPARATION', 45_120_509)).toBe(4_512_050);
    expect(partialMaxAmount('HOUSING', 10)).toBe(3);
  });

  test('housing needs a housing proof; retirement preparation does not; neither needs paklaring', () => {
    expect(required(partialClaimEligibility('HOUSING', ANDI))).toEqual(['BANK_BOOK', 'HOUSING_PROOF', 'KPJ_CARD', 'KTP']);
    expect(required(partialClaimEligibility('RETIREMENT_PREPARATION', ANDI))).toEqual(['BANK_BOOK', 'KPJ_CARD', 'KTP']);
  });

  test('Budi joined twenty years ago but was a member for under four: not eligible, and told why', () => {
    expect(membershipYears(BUDI, BUDI.memberSince)).toBe(3);
    const e = partialClaimEligibility('HOUSING', BUDI);
    expect(e).toMatchObject({ eligible: false, maxAmount: 0, allowedReasons: [] });
    expect(e.reasons.join(' ')).toMatch(/3 years of membership .* at least 10/);
  });

  test('ten years exactly is enough; a day less is not', () => {
    const base = { ...ANDI, memberSince: '2016-12-01' };
    expect(partialClaimEligibility('HOUSING', base).eligible).toBe(true);
    expect(partialClaimEligibility('HOUSING', { ...base, memberSince: '2016-12-02' }).eligible).toBe(false);
  });

  test('an inactive member with enough years is eligible too (ACTIVE or not)', () => {
    expect(partialClaimEligibility('RETIREMENT_PREPARATION', RUDI)).toMatchObject({ eligible: true, maxAmount: 7_525_000 });
  });

  test('only once in a membership: after one partial claim, no second one of either kind', () => {
    for (const reason of ['HOUSING', 'RETIREMENT_PREPARATION'] as const) {
      const e = partialClaimEligibility(reason, { ...ANDI, partialClaims: 1 });
      expect(e.eligible).toBe(false);
      expect(e.reasons.join(' ')).toMatch(/already made/);
    }
  });

  test('no membership start on record, a pending registration or an empty balance is not eligible', () => {
    expect(partialClaimEligibility('HOUSING', { ...ANDI, memberSince: null }).eligible).toBe(false);
    expect(partialClaimEligibility('HOUSING', { ...ANDI, status: 'PENDING_PAYMENT' }).eligible).toBe(false);
    expect(partialClaimEligibility('HOUSING', { ...ANDI, balance: 0 }).eligible).toBe(false);
  });

  test('NPWP: over Rp 50 million, or for anyone who made a partial claim before (also for a later full claim)', () => {
    expect(partialClaimEligibility('HOUSING', ANDI).requiredDocuments.find((d) => d.kind === 'NPWP')?.required).toBe(false);
    expect(partialClaimEligibility('HOUSING', RUDI).requiredDocuments.find((d) => d.kind === 'NPWP')?.required).toBe(true);
    const fullAfterPartial = jhtClaimEligibility({ ...BUDI, partialClaims: 1 });
    expect(fullAfterPartial.eligible).toBe(true);
    expect(fullAfterPartial.requiredDocuments.find((d) => d.kind === 'NPWP')?.required).toBe(true);
  });

  test('eligibilityFor: no reason is the full claim (max the balance); a full reason must apply now', () => {
    expect(eligibilityFor(null, BUDI)).toMatchObject({ eligible: true, maxAmount: 12_480_000 });
    expect(eligibilityFor('RESIGNATION', BUDI).eligible).toBe(true);
    expect(eligibilityFor('RETIREMENT', BUDI).eligible).toBe(false);
    expect(eligibilityFor('RESIGNATION', ANDI).eligible).toBe(false);
    expect(eligibilityFor('HOUSING', ANDI).eligible).toBe(true);
  });

  test('the claimed amount: default the maximum, at most the maximum, and a full claim pays the whole balance', () => {
    expect(claimAmount('HOUSING', undefined, { maxAmount: 13_536_150 })).toEqual({ ok: true, amount: 13_536_150 });
    expect(claimAmount('HOUSING', 10_000_000, { maxAmount: 13_536_150 })).toEqual({ ok: true, amount: 10_000_000 });
    expect(claimAmount('HOUSING', 13_536_151, { maxAmount: 13_536_150 }).ok).toBe(false);
    expect(claimAmount('HOUSING', 0, { maxAmount: 13_536_150 }).ok).toBe(false);
    expect(claimAmount('RESIGNATION', 12_480_000, { maxAmount: 12_480_000 })).toEqual({ ok: true, amount: 12_480_000 });
    expect(claimAmount('RESIGNATION', 1_000, { maxAmount: 12_480_000 }).ok).toBe(false);
  });
});
