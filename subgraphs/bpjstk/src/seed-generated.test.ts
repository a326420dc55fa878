import { generatePeople } from '#domain/seed/generator';
import { copyText } from '#platform/seed/copy';
import { buildLedger, ledgerTotal } from './modules/ledger/ledger.builder';
import { generatedLedger, generatedLedgerSpan, generatedMonthlyLedger, yearlyEntries } from './seed-generated';

const byYear = (entries: ReturnType<typeof buildLedger>) => {
  const closing = new Map<string, number>();
  let running = 0;
  for (const e of entries) {
    running += e.employerContribution + e.workerContribution + e.returns;
    closing.set(e.period.slice(0, 4), running);
  }
  return closing;
};

describe('the yearly ledger of generated workers', () => {
  const workers = [...generatePeople(400)].flat().flatMap((p) => (p.bpjsTk ? [p.bpjsTk] : []));

  test('is the monthly ledger folded by year, to the rupiah', () => {
    const many = [...generatePeople(3_000, { seed: 7 })].flat().flatMap((p) => (p.bpjsTk ? [p.bpjsTk] : []));
    for (const worker of [...workers, ...many]) expect(generatedLedger(worker)).toEqual(yearlyEntries(generatedMonthlyLedger(worker)));
  });

  test('has one row per year, dated the last month of the year on the monthly ledger', () => {
    for (const worker of workers.slice(0, 50)) {
      const monthly = buildLedger({ balance: worker.jhtBalance, ...generatedLedgerSpan(worker), membership: worker.membership, seed: worker.kpj });
      const yearly = generatedLedger(worker);
      expect(yearly.map((e) => e.period)).toEqual(
        [...new Set(monthly.map((e) => e.period.slice(0, 4)))].map((year) => monthly.filter((e) => e.period.startsWith(year)).at(-1)!.period),
      );
      expect(yearly.at(-1)!.period).toBe(generatedLedgerSpan(worker).lastPeriod);
    }
  });

  test('keeps the balance, its shares and every year-end balance of the monthly ledger', () => {
    for (const worker of workers) {
      const monthly = buildLedger({ balance: worker.jhtBalance, ...generatedLedgerSpan(worker), membership: worker.membership, seed: worker.kpj });
      const yearly = generatedLedger(worker);
      expect(ledgerTotal(yearly)).toBe(worker.jhtBalance);
      const shares = (entries: typeof monthly) => entries.reduce((sum, e) => sum + e.employerContribution + e.workerContribution, 0);
      expect(shares(yearly)).toBe(shares(monthly));
      expect(byYear(yearly)).toEqual(byYear(monthly));
    }
  });

  test('folds nothing across years and leaves its input alone', () => {
    const monthly = [
      { period: '2020-11', employerContribution: 1, workerContribution: 2, returns: 3 },
      { period: '2020-12', employerContribution: 10, workerContribution: 20, returns: 30 },
      { period: '2021-01', employerContribution: 100, workerContribution: 200, returns: -5 },
    ];
    expect(yearlyEntries(monthly)).toEqual([
      { period: '2020-12', employerContribution: 11, workerContribution: 22, returns: 33 },
      { period: '2021-01', employerContribution: 100, workerContribution: 200, returns: -5 },
    ]);
    expect(monthly[0].period).toBe('2020-11');
  });
});

describe('COPY text', () => {
  test('escapes tabs, newlines and backslashes, and writes null as \\N', () => {
    expect(copyText([['a\tb', 'c\nd', 'e\\f', null, 42]])).toBe('a\\tb\tc\\nd\te\\\\f\t\\N\t42\n');
  });
});
