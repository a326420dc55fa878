import { addMonths, ageOn, documentsRequiredFor, jhtClaimEligibility } from './claim.eligibility';

const TODAY = '2026-11-21';
const kinds = (docs: { kind: string; required: boolean }[]) =>
  docs
    .filter((d) => d.required)
    .map((d) => d.kind)
    .sort();

describe('JHT claim eligibility', () => {
  test('Dewi (inactive since 31 Aug 2026, Rp 8,523,400) is eligible through JMO without NPWP', () => {
    const e = jhtClaimEligibility({ status: 'INACTIVE', inactiveSince: '2026-08-31', birthDate: '1994-11-03', balance: 8_523_400, today: TODAY });
    expect(e.eligible).toBe(true);
    expect(e.channel).toBe('JMO');
    expect(kinds(e.requiredDocuments)).toEqual(['BANK_BOOK', 'KPJ_CARD', 'KTP', 'PAKLARING']);
  });

  test('Rudi (Rp 75,250,000) is eligible through Lapak Asik and needs an NPWP', () => {
    const e = jhtClaimEligibility({ status: 'INACTIVE', inactiveSince: '2025-06-30', birthDate: '1968-02-28', balance: 75_250_000, today: TODAY });
    expect(e.eligible).toBe(true);
    expect(e.channel).toBe('LAPAK_ASIK');
    expect(e.requiredDocuments.find((d) => d.kind === 'NPWP')?.required).toBe(true);
    expect(e.reasons.join(' ')).toMatch(/NPWP is required/);
  });

  test('Budi (Rp 12,480,000) is eligible through Lapak Asik and needs no NPWP', () => {
    const e = jhtClaimEligibility({ status: 'INACTIVE', inactiveSince: '2009-12-31', birthDate: '1985-03-12', balance: 12_480_000, today: TODAY });
    expect(e).toMatchObject({ eligible: true, channel: 'LAPAK_ASIK' });
    expect(e.requiredDocuments.find((d) => d.kind === 'NPWP')?.required).toBe(false);
  });

  test('Andi, still employed (ACTIVE), is not eligible and is told why', () => {
    const e = jhtClaimEligibility({ status: 'ACTIVE', inactiveSince: null, birthDate: '1990-07-21', balance: 45_120_500, today: TODAY });
    expect(e.eligible).toBe(false);
    expect(e.reasons.join(' ')).toMatch(/still active/);
    expect(e.allowedReasons).toEqual([]);
  });

  test('an inactive participant becomes eligible one month after the end of employment, not before', () => {
    const base = { status: 'INACTIVE' as const, inactiveSince: '2026-08-31', birthDate: '1994-11-03', balance: 1_000_000 };
    expect(jhtClaimEligibility({ ...base, today: '2026-09-29' }).eligible).toBe(false);
    expect(jhtClaimEligibility({ ...base, today: '2026-09-29' }).reasons.join(' ')).toMatch(/from 2026-09-30/);
    expect(jhtClaimEligibility({ ...base, today: '2026-09-30' }).eligible).toBe(true);
  });

  test('a participant aged 56 or more is eligible for retirement even while active, without paklaring', () => {
    const e = jhtClaimEligibility({ status: 'ACTIVE', inactiveSince: null, birthDate: '1970-11-21', balance: 5_000_000, today: TODAY });
    expect(e.eligible).toBe(true);
    expect(e.allowedReasons).toEqual(['RETIREMENT']);
    expect(e.requiredDocuments.find((d) => d.kind === 'PAKLARING')?.required).toBe(false);
    const younger = jhtClaimEligibility({ status: 'ACTIVE', inactiveSince: null, birthDate: '1970-11-22', balance: 5_000_000, today: TODAY });
    expect(younger.eligible).toBe(false);
  });

  test('the channel switches to Lapak Asik at exactly Rp 10,000,000 and NPWP starts over Rp 50,000,000', () => {
    const at = (balance: number) => jhtClaimEligibility({ status: 'INACTIVE', inactiveSince: '2020-01-31', birthDate: '1990-01-01', balance, today: TODAY });
    expect(at(9_999_999).channel).toBe('JMO');
    expect(at(10_000_000).channel).toBe('LAPAK_ASIK');
    expect(at(50_000_000).requiredDocuments.find((d) => d.kind === 'NPWP')?.required).toBe(false);
    expect(at(50_000_001).requiredDocuments.find((d) => d.kind === 'NPWP')?.required).toBe(true);
  });

  test('a participation waiting for its first payment is not eligible', () => {
    expect(jhtClaimEligibility({ status: 'PENDING_PAYMENT', inactiveSince: null, birthDate: '1960-01-01', balance: 0, today: TODAY }).eligible).toBe(false);
  });

  test('a resignation claim must cite paklaring; a retirement claim need not', () => {
    const e = jhtClaimEligibility({ status: 'INACTIVE', inactiveSince: '2020-01-31', birthDate: '1960-01-01', balance: 60_000_000, today: TODAY });
    expect(documentsRequiredFor('RESIGNATION', e).sort()).toEqual(['BANK_BOOK', 'KPJ_CARD', 'KTP', 'NPWP', 'PAKLARING']);
    expect(documentsRequiredFor('RETIREMENT', e).sort()).toEqual(['BANK_BOOK', 'KPJ_CARD', 'KTP', 'NPWP']);
  });
});

test('age counts whole years and month arithmetic clamps to the end of the month', () => {
  expect(ageOn('1968-02-28', '2026-02-27')).toBe(57);
  expect(ageOn('1968-02-28', '2026-02-28')).toBe(58);
  expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
  expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
});
