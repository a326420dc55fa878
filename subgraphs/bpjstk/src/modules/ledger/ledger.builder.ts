// Builds a plausible, deterministic JHT contribution history whose total is a given balance to the
// rupiah. Used to seed the personas and, in bulk, generated people. Pure: same input, same ledger.
//
// How: a synthetic wage (random start, a raise every January) pays the JHT shares every month and the
// balance earns a yearly return credited monthly. Everything is linear in the wage, so one dry run
// gives the factor that scales the wage to the target; the few rupiah of rounding left over go into
// the final month's returns.
import type { BpjsTkMembership } from '#domain/bpjstk-membership';
import { seededRandom } from '#platform/seed/random';

// The bulk seeder draws a generated worker's other numbers from the same kind of sequence.
export { seededRandom };

export type Membership = BpjsTkMembership;

export interface LedgerEntry {
  /** `YYYY-MM` */
  period: string;
  employerContribution: number;
  workerContribution: number;
  returns: number;
}

export interface LedgerSpec {
  /** Whole rupiah the entries must add up to. */
  balance: number;
  /** First and last month, `YYYY-MM`, inclusive. */
  firstPeriod: string;
  lastPeriod: string;
  membership: Membership;
  /** Any string (e.g. the KPJ): the same seed gives the same ledger. */
  seed: string;
  /** JHT shares in percent; defaults: PU 3.7 employer + 2 worker, BPU 2 (all paid by the participant). */
  rates?: { employer: number; worker: number };
}

export function periodsBetween(first: string, last: string): string[] {
  const parse = (p: string) => {
    const match = /^(\d{4})-(\d{2})$/.exec(p);
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) throw new RangeError(`not a period: ${p}`);
    return Number(match[1]) * 12 + Number(match[2]) - 1;
  };
  const periods: string[] = [];
  const end = parse(last);
  for (let n = parse(first); n <= end; n++) {
    periods.push(`${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`);
  }
  return periods;
}

interface Plan {
  /** Relative wage per month (before scaling). */
  wages: number[];
  /** Yearly return rate per month, as a monthly fraction. */
  monthlyReturn: number[];
}

function plan(periods: string[], seed: string): Plan {
  const random = seededRandom(seed);
  let wage = 0.8 + random() * 0.4;
  let yearlyReturn = 0.05 + random() * 0.025;
  const wages: number[] = [];
  const monthlyReturn: number[] = [];
  periods.forEach((period, i) => {
    if (i > 0 && period.endsWith('-01')) {
      wage *= 1.03 + random() * 0.05;
      yearlyReturn = 0.05 + random() * 0.025;
    }
    wages.push(wage);
    monthlyReturn.push(yearlyReturn / 12);
  });
  return { wages, monthlyReturn };
}

function run(plan: Plan, periods: string[], wageScale: number, rates: { employer: number; worker: number }, round: boolean) {
  const r = round ? Math.round : (x: number) => x;
  let balance = 0;
  return periods.map((period, i) => {
    const wage = plan.wages[i] * wageScale;
    const returns = r(balance * plan.monthlyReturn[i]);
    const entry = {
      period,
      employerContribution: r((wage * rates.employer) / 100),
      workerContribution: r((wage * rates.worker) / 100),
      returns,
    };
    balance += entry.employerContribution + entry.workerContribution + entry.returns;
    return entry;
  });
}

export function ledgerTotal(entries: readonly LedgerEntry[]): number {
  return entries.reduce((sum, e) => sum + e.employerContribution + e.workerContribution + e.returns, 0);
}

export function buildLedger(spec: LedgerSpec): LedgerEntry[] {
  if (!Number.isSafeInteger(spec.balance) || spec.balance < 0) throw new RangeError('balance must be whole rupiah, 0 or more');
  const periods = periodsBetween(spec.firstPeriod, spec.lastPeriod);
  if (periods.length === 0) {
    if (spec.balance === 0) return [];
    throw new RangeError('a positive balance needs at least one month');
  }
  const rates = spec.rates ?? (spec.membership === 'PU' ? { employer: 3.7, worker: 2 } : { employer: 0, worker: 2 });
  const shape = plan(periods, spec.seed);
  const dryTotal = ledgerTotal(run(shape, periods, 1_000_000, rates, false));
  const entries = run(shape, periods, (1_000_000 * spec.balance) / dryTotal, rates, true);
  const last = entries[entries.length - 1];
  last.returns += spec.balance - ledgerTotal(entries);
  return entries;
}
