import { personas } from '#domain/seed/personas';
import { buildLedger, ledgerTotal, periodsBetween } from './ledger.builder';

describe('buildLedger', () => {
  test('the entries add up to the requested balance to the rupiah', () => {
    const entries = buildLedger({ balance: 8_523_400, firstPeriod: '2016-01', lastPeriod: '2026-08', membership: 'PU', seed: 'dewi' });
    expect(ledgerTotal(entries)).toBe(8_523_400);
  });

  test('every month from the first to the last period has exactly one entry, in order', () => {
    const entries = buildLedger({ balance: 3_150_000, firstPeriod: '2010-11', lastPeriod: '2011-02', membership: 'BPU', seed: 'x' });
    expect(entries.map((e) => e.period)).toEqual(['2010-11', '2010-12', '2011-01', '2011-02']);
  });

  test('the same specification always gives the same ledger, a different seed a different one', () => {
    const spec = { balance: 45_120_500, firstPeriod: '2012-01', lastPeriod: '2026-10', membership: 'PU' as const, seed: 'andi' };
    expect(buildLedger(spec)).toEqual(buildLedger(spec));
    expect(buildLedger({ ...spec, seed: 'other' })).not.toEqual(buildLedger(spec));
  });

  test('PU ledgers hold employer and worker shares in the 3.7 to 2 ratio; BPU ledgers have no employer share', () => {
    const pu = buildLedger({ balance: 12_480_000, firstPeriod: '2007-01', lastPeriod: '2009-12', membership: 'PU', seed: 'budi' });
    for (const e of pu) expect(Math.abs(e.employerContribution / e.workerContribution - 1.85)).toBeLessThan(0.01);
    const bpu = buildLedger({ balance: 3_150_000, firstPeriod: '2010-01', lastPeriod: '2026-10', membership: 'BPU', seed: 'wati' });
    expect(bpu.every((e) => e.employerContribution === 0 && e.workerContribution > 0)).toBe(true);
  });

  test('amounts are whole rupiah and never negative, across many seeds and sizes', () => {
    for (let i = 0; i < 200; i++) {
      const balance = 100_000 + i * 997_331;
      const entries = buildLedger({
        balance,
        firstPeriod: `${1990 + (i % 30)}-0${1 + (i % 9)}`,
        lastPeriod: '2026-10',
        membership: i % 3 ? 'PU' : 'BPU',
        seed: `p${i}`,
      });
      expect(ledgerTotal(entries)).toBe(balance);
      const amounts = entries.flatMap((e) => [e.employerContribution, e.workerContribution, e.returns]);
      expect(amounts.filter((v) => !Number.isInteger(v) || v < 0)).toEqual([]);
    }
  });

  test('a zero balance over no months is an empty ledger; a positive balance needs a month', () => {
    expect(buildLedger({ balance: 0, firstPeriod: '2026-02', lastPeriod: '2026-01', membership: 'PU', seed: 's' })).toEqual([]);
    expect(() => buildLedger({ balance: 5, firstPeriod: '2026-02', lastPeriod: '2026-01', membership: 'PU', seed: 's' })).toThrow(RangeError);
  });

  test('every persona balance can be built exactly', () => {
    for (const person of personas.people) {
      if (!person.bpjsTk) continue;
      const entries = buildLedger({
        balance: person.bpjsTk.jhtBalance,
        firstPeriod: '2005-01',
        lastPeriod: '2026-10',
        membership: person.bpjsTk.membership,
        seed: person.bpjsTk.kpj,
      });
      expect(ledgerTotal(entries)).toBe(person.bpjsTk.jhtBalance);
    }
  });
});

test('periodsBetween counts months across years and refuses a malformed period', () => {
  expect(periodsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  expect(() => periodsBetween('2025-13', '2026-01')).toThrow(RangeError);
});
