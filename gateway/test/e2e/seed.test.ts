// `npm run seed`: personas plus generated people in every service's tables, idempotent.
import { Pool } from 'pg';
import { loadConfig } from '#platform/config';
import { MemoryStore } from '#platform/kv/memory';
import { createLogger } from '#platform/logger';
import { createPlatform, type Platform } from '#platform/runtime';
import { prepareServices, seedGeneratedPeople } from '#domain/seed/run-seed';
import { generatePeople } from '#domain/seed/generator';
import { personas } from '#domain/seed/personas';
import { parseSeedArguments, SERVICES } from '../../src/seed-command';
import { createTestDatabase, type TestDatabase } from '#platform/testing/test-database';

describe('seeding generated people', () => {
  let database: TestDatabase;
  let platform: Platform;
  let pool: Pool;
  const count = async (table: string) => Number((await pool.query(`select count(*) from ${table}`)).rows[0].count);

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = loadConfig({ NODE_ENV: 'test', HUB_DATA_DIR: process.env.HUB_TEST_DATA_DIR, LOG_LEVEL: 'silent' });
    platform = await createPlatform(config, {
      service: 'seed-test',
      databaseUrl: database.url,
      kv: new MemoryStore(),
      log: createLogger({ level: 'silent', service: 'seed-test' }),
    });
    pool = new Pool({ connectionString: database.url, max: 2 });
    await prepareServices(SERVICES, platform);
  });

  afterAll(async () => {
    await pool?.end();
    await platform?.kv.close();
    await database?.drop();
  });

  it('starts from the personas after migrations', async () => {
    expect(await count('identity.person')).toBe(personas.people.length);
  });

  it('adds N people in batches, each in the agencies they belong to, reporting progress', async () => {
    const lines: string[] = [];
    const result = await seedGeneratedPeople(database.url, SERVICES, { people: 250, batchSize: 100, progress: (l) => lines.push(l) });
    expect(lines).toEqual([
      expect.stringMatching(/^seeded 100 \/ 250 people/),
      expect.stringMatching(/^seeded 200 \/ 250 people/),
      expect.stringMatching(/^seeded 250 \/ 250 people/),
    ]);
    expect(result.added.identity).toBe(250);
    expect(await count('identity.person')).toBe(personas.people.length + 250);
    const inTaspen = await count('taspen.participant');
    expect(result.added.taspen).toBe(inTaspen - personas.people.filter((p) => p.taspen).length);
    expect(result.added.taspen).toBeGreaterThan(250 * 0.35);
    expect(result.added.taspen).toBeLessThan(250 * 0.65);
  });

  it('gives every generated worker a JHT ledger adding up to their balance', async () => {
    const workers = [...generatePeople(250)].flat().filter((p) => p.bpjsTk);
    expect(await count('bpjstk.participant')).toBe(personas.people.filter((p) => p.bpjsTk).length + workers.length);
    const { rows } = await pool.query(
      `select kpj, sum(employer_contribution + worker_contribution + returns)::bigint as total
       from bpjstk.contribution_ledger where kpj = any($1) group by kpj`,
      [workers.map((p) => p.bpjsTk!.kpj)],
    );
    const totals = new Map(rows.map((row) => [row.kpj, Number(row.total)]));
    for (const person of workers) expect(totals.get(person.bpjsTk!.kpj)).toBe(person.bpjsTk!.jhtBalance);
  });

  it('adds nothing when run again with the same N, and only the new people with a larger N', async () => {
    const again = await seedGeneratedPeople(database.url, SERVICES, { people: 250 });
    expect(Object.values(again.added).every((rows) => rows === 0)).toBe(true);
    const more = await seedGeneratedPeople(database.url, SERVICES, { people: 300 });
    expect(more.added.identity).toBe(50);
    expect(await count('identity.person')).toBe(personas.people.length + 300);
  });

  it('in bulk, builds the ledger keys after the load, and repairs keys a stopped seed left dropped', async () => {
    const keys = async () =>
      (
        await pool.query(`select conname from pg_constraint where conrelid = 'bpjstk.contribution_ledger'::regclass and contype in ('p', 'f') order by conname`)
      ).rows.map((row) => row.conname);
    const before = await keys();
    expect(before).toEqual(['contribution_ledger_kpj_fkey', 'contribution_ledger_pkey']);
    const seeded = await seedGeneratedPeople(database.url, SERVICES, { people: 320, bulk: true });
    expect(seeded.added.identity).toBe(20);
    expect(await keys()).toEqual(before);
    // As a seed stopped between dropping and rebuilding leaves them:
    await pool.query(`alter table bpjstk.contribution_ledger drop constraint contribution_ledger_kpj_fkey, drop constraint contribution_ledger_pkey`);
    await seedGeneratedPeople(database.url, SERVICES, { people: 320, bulk: true });
    expect(await keys()).toEqual(before);
    await expect(pool.query(`insert into bpjstk.contribution_ledger (kpj, period) values ('00000000000', '2020-01')`)).rejects.toThrow(/foreign key/);
  });

  it('keeps the personas exactly as written', async () => {
    const { rows } = await pool.query(`select nik, full_name, to_char(birth_date, 'YYYY-MM-DD') as birth_date from identity.person where nik = any($1)`, [
      personas.people.map((p) => p.nik),
    ]);
    expect(rows).toHaveLength(personas.people.length);
    for (const person of personas.people) {
      expect(rows).toContainEqual({ nik: person.nik, full_name: person.fullName, birth_date: person.birthDate });
    }
  });

  it('reads its command-line arguments', () => {
    expect(parseSeedArguments(['--people', '100000', '--batch-size=2000'])).toEqual({ people: 100_000, batchSize: 2_000, seed: 1 });
    expect(() => parseSeedArguments(['--people', 'many'])).toThrow(/Usage/);
    expect(() => parseSeedArguments(['--persons', '5'])).toThrow(/Usage/);
  });
});
