// Generated workers (`npm run seed -- --people N`) in the bpjstk schema: participants and a JHT ledger
// adding up to each one's balance, one COPY per table and batch. The ledger covers at most the last 15
// years of membership, as the personas' does, with one row per year (the personas' ledgers stay monthly):
// a year's row holds the year's months summed and carries the last month of the year paid, so the balance
// (sum of the ledger), its as-of month (the latest period) and every year's statement (opening and closing)
// are those of the monthly ledger, at a tenth of the rows.
import type { ClientBase } from 'pg';
import { copyNewRows, copyRows, type CopyColumns, type CopyValue } from '#platform/seed/copy';
import { GENERATED_AS_OF, type GeneratedPerson } from '#domain/seed/generator';
import { buildLedger, seededRandom, type LedgerEntry } from './modules/ledger/ledger.builder';

const LAST_ACTIVE_PERIOD = GENERATED_AS_OF.slice(0, 7);

type Db = Pick<ClientBase, 'query'>;
type Worker = GeneratedPerson & { bpjsTk: NonNullable<GeneratedPerson['bpjsTk']> };

/** Columns written for each generated worker (one line each, so that adding one is one line). */
const COLUMNS: CopyColumns<Worker> = [
  ['kpj', (p) => p.bpjsTk.kpj],
  ['nik', (p) => p.nik],
  ['full_name', (p) => p.fullName],
  ['birth_date', (p) => p.birthDate],
  ['membership', (p) => p.bpjsTk.membership],
  ['status', (p) => p.bpjsTk.status],
  ['inactive_since', (p) => p.bpjsTk.inactiveSince],
  ['employer', (p) => p.bpjsTk.employer],
  ['activated_at', (p) => `${p.bpjsTk.memberSince}T00:00:00Z`],
];

/** First and last month of contributions of a generated worker. */
export function generatedLedgerSpan(worker: NonNullable<GeneratedPerson['bpjsTk']>): { firstPeriod: string; lastPeriod: string } {
  const lastPeriod = worker.inactiveSince ? worker.inactiveSince.slice(0, 7) : LAST_ACTIVE_PERIOD;
  const fifteenYearsBefore = `${Number(lastPeriod.slice(0, 4)) - 15}${lastPeriod.slice(4)}`;
  const since = worker.memberSince.slice(0, 7);
  return { firstPeriod: since > fifteenYearsBefore ? since : fifteenYearsBefore, lastPeriod };
}

/** Monthly entries folded into one per year, dated the year's last month on the ledger. */
export function yearlyEntries(monthly: readonly LedgerEntry[]): LedgerEntry[] {
  const years: LedgerEntry[] = [];
  for (const entry of monthly) {
    const last = years[years.length - 1];
    if (last && last.period.slice(0, 4) === entry.period.slice(0, 4)) {
      last.period = entry.period;
      last.employerContribution += entry.employerContribution;
      last.workerContribution += entry.workerContribution;
      last.returns += entry.returns;
    } else years.push({ ...entry });
  }
  return years;
}

/** The monthly ledger buildLedger makes for a generated worker (the yearly one folds it). */
export function generatedMonthlyLedger(worker: NonNullable<GeneratedPerson['bpjsTk']>): LedgerEntry[] {
  return buildLedger({ balance: worker.jhtBalance, ...generatedLedgerSpan(worker), membership: worker.membership, seed: worker.kpj });
}

const monthIndex = (period: string) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
const periodOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * The yearly ledger of a generated worker (what the seed writes): `yearlyEntries(generatedMonthlyLedger(worker))`
 * to the rupiah (unit-tested), computed in one pass over the months with buildLedger's arithmetic in its order
 * (the same random wage plan, the same unrounded dry run for the scale, the same rounding, the remainder in the
 * last month's returns) but without a month's object, string or array entry: the ledger was a quarter of a
 * large seed's Node time.
 */
export function generatedLedger(worker: NonNullable<GeneratedPerson['bpjsTk']>): LedgerEntry[] {
  const { firstPeriod, lastPeriod } = generatedLedgerSpan(worker);
  const first = monthIndex(firstPeriod);
  const last = monthIndex(lastPeriod);
  if (last < first) return buildLedger({ balance: worker.jhtBalance, firstPeriod, lastPeriod, membership: worker.membership, seed: worker.kpj });
  const rates = worker.membership === 'PU' ? { employer: 3.7, worker: 2 } : { employer: 0, worker: 2 };
  // buildLedger's plan, replayed from its seed for each run: the wage and the monthly return of month `n`.
  const months = (visit: (n: number, wage: number, monthlyReturn: number) => void) => {
    const random = seededRandom(worker.kpj);
    let wage = 0.8 + random() * 0.4;
    let yearlyReturn = 0.05 + random() * 0.025;
    for (let n = first; n <= last; n++) {
      if (n > first && n % 12 === 0) {
        wage *= 1.03 + random() * 0.05;
        yearlyReturn = 0.05 + random() * 0.025;
      }
      visit(n, wage, yearlyReturn / 12);
    }
  };
  let dryBalance = 0;
  let dryTotal = 0;
  months((_n, planned, monthlyReturn) => {
    const wage = planned * 1_000_000;
    const returns = dryBalance * monthlyReturn;
    const employerContribution = (wage * rates.employer) / 100;
    const workerContribution = (wage * rates.worker) / 100;
    dryBalance += employerContribution + workerContribution + returns;
    dryTotal = dryTotal + employerContribution + workerContribution + returns;
  });
  const scale = (1_000_000 * worker.jhtBalance) / dryTotal;
  const years: LedgerEntry[] = [];
  let year: LedgerEntry | undefined;
  let balance = 0;
  months((n, planned, monthlyReturn) => {
    const wage = planned * scale;
    const returns = Math.round(balance * monthlyReturn);
    const employerContribution = Math.round((wage * rates.employer) / 100);
    const workerContribution = Math.round((wage * rates.worker) / 100);
    balance += employerContribution + workerContribution + returns;
    if (!year || n % 12 === 0) {
      year = { period: '', employerContribution: 0, workerContribution: 0, returns: 0 };
      years.push(year);
    }
    year.employerContribution += employerContribution;
    year.workerContribution += workerContribution;
    year.returns += returns;
    if (n % 12 === 11 || n === last) year.period = periodOf(n);
  });
  year!.returns += worker.jhtBalance - balance;
  return years;
}

const LEDGER = '"bpjstk"."contribution_ledger"';

/**
 * The ledger holds most of a large seed's rows (about ten per worker). Kept up row by row, its primary key
 * and its foreign key to the participant (a look-up per row) cost more than writing the rows: a seed of many
 * people drops both and builds them again after the load, the key by one sort and the reference by one join.
 * `after` adds only what is missing, so a seed that was stopped between the two is repaired by the next.
 */
export const LEDGER_BULK_LOAD = {
  async before(db: Db): Promise<void> {
    await db.query(`alter table ${LEDGER} drop constraint if exists "contribution_ledger_kpj_fkey", drop constraint if exists "contribution_ledger_pkey"`);
  },
  async after(db: Db): Promise<void> {
    const { rows } = await db.query<{ name: string }>(
      `select conname as name from pg_constraint where conrelid = '${LEDGER}'::regclass and conname in ('contribution_ledger_pkey', 'contribution_ledger_kpj_fkey')`,
    );
    const present = new Set(rows.map((row) => row.name));
    if (!present.has('contribution_ledger_pkey'))
      await db.query(`alter table ${LEDGER} add constraint "contribution_ledger_pkey" primary key ("kpj", "period")`);
    if (!present.has('contribution_ledger_kpj_fkey')) {
      await db.query(`alter table ${LEDGER} add constraint "contribution_ledger_kpj_fkey" foreign key ("kpj") references "bpjstk"."participant" ("kpj")`);
    }
  },
};

/** Returns the participants added; people seeded before are skipped, ledger and all. */
export async function seedGeneratedParticipants(people: readonly GeneratedPerson[], db: Db): Promise<number> {
  const workers = people.filter((p): p is Worker => Boolean(p.bpjsTk));
  const fresh = await copyNewRows(db, '"bpjstk"."participant"', COLUMNS, 'nik', workers);
  const ledger: CopyValue[][] = [];
  for (const person of fresh) {
    for (const e of generatedLedger(person.bpjsTk)) ledger.push([person.bpjsTk.kpj, e.period, e.employerContribution, e.workerContribution, e.returns]);
  }
  await copyRows(db, '"bpjstk"."contribution_ledger"', ['kpj', 'period', 'employer_contribution', 'worker_contribution', 'returns'], ledger);
  return fresh.length;
}
