// Generated workers (`npm run seed -- --people N`) in the bpjstk schema: participants and a JHT ledger
// adding up to each one's balance, in a few bulk statements per batch. The ledger covers at most the
// last 15 years of membership, as the personas' does.
import type { ClientBase } from 'pg';
import { GENERATED_AS_OF, type GeneratedPerson } from '#platform/seed/generator';
import { buildLedger } from './modules/ledger/ledger.builder';

const LAST_ACTIVE_PERIOD = GENERATED_AS_OF.slice(0, 7);
const LEDGER_ROWS_PER_STATEMENT = 50_000;

type Db = Pick<ClientBase, 'query'>;

/** First and last month of contributions of a generated worker. */
export function generatedLedgerSpan(worker: NonNullable<GeneratedPerson['bpjsTk']>): { firstPeriod: string; lastPeriod: string } {
  const lastPeriod = worker.inactiveSince ? worker.inactiveSince.slice(0, 7) : LAST_ACTIVE_PERIOD;
  const fifteenYearsBefore = `${Number(lastPeriod.slice(0, 4)) - 15}${lastPeriod.slice(4)}`;
  const since = worker.memberSince.slice(0, 7);
  return { firstPeriod: since > fifteenYearsBefore ? since : fifteenYearsBefore, lastPeriod };
}

async function insertParticipants(workers: readonly GeneratedPerson[], db: Db): Promise<string[]> {
  const column = <T>(read: (p: GeneratedPerson) => T) => workers.map(read);
  const result = await db.query<{ kpj: string }>(
    `insert into "bpjstk"."participant"
       ("kpj", "nik", "full_name", "birth_date", "membership", "status", "inactive_since", "employer", "activated_at")
     select * from unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[], $7::date[], $8::text[], $9::timestamptz[])
     on conflict do nothing
     returning "kpj"`,
    [
      column((p) => p.bpjsTk!.kpj),
      column((p) => p.nik),
      column((p) => p.fullName),
      column((p) => p.birthDate),
      column((p) => p.bpjsTk!.membership),
      column((p) => p.bpjsTk!.status),
      column((p) => p.bpjsTk!.inactiveSince),
      column((p) => p.bpjsTk!.employer),
      column((p) => `${p.bpjsTk!.memberSince}T00:00:00Z`),
    ],
  );
  return result.rows.map((row) => row.kpj);
}

async function insertLedgers(workers: readonly GeneratedPerson[], db: Db): Promise<void> {
  const rows = { kpj: [] as string[], period: [] as string[], employer: [] as number[], worker: [] as number[], returns: [] as number[] };
  const flush = async () => {
    if (!rows.kpj.length) return;
    await db.query(
      `insert into "bpjstk"."contribution_ledger" ("kpj", "period", "employer_contribution", "worker_contribution", "returns")
       select * from unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::bigint[])
       on conflict do nothing`,
      [rows.kpj, rows.period, rows.employer, rows.worker, rows.returns],
    );
    for (const list of Object.values(rows)) list.length = 0;
  };
  for (const person of workers) {
    const worker = person.bpjsTk!;
    const entries = buildLedger({ balance: worker.jhtBalance, ...generatedLedgerSpan(worker), membership: worker.membership, seed: worker.kpj });
    for (const entry of entries) {
      rows.kpj.push(worker.kpj);
      rows.period.push(entry.period);
      rows.employer.push(entry.employerContribution);
      rows.worker.push(entry.workerContribution);
      rows.returns.push(entry.returns);
    }
    if (rows.kpj.length >= LEDGER_ROWS_PER_STATEMENT) await flush();
  }
  await flush();
}

/** Returns the participants added; people seeded before are skipped, ledger and all. */
export async function seedGeneratedParticipants(people: readonly GeneratedPerson[], db: Db): Promise<number> {
  const workers = people.filter((p) => p.bpjsTk);
  if (!workers.length) return 0;
  const added = new Set(await insertParticipants(workers, db));
  await insertLedgers(workers.filter((p) => added.has(p.bpjsTk!.kpj)), db);
  return added.size;
}
