// Every schema's migrations on a fresh database: up, down all the way, up again, and the schema is the
// same as after the first up. A database made by the hand-written platform migrator is adopted.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { Client } from 'pg';
import { initOrm, migrate } from '#platform/db/orm';
import { initPlatformOrm, migratePlatform, PLATFORM_MIGRATIONS } from '#platform/db/platform-schema';
import { LEGACY_PLATFORM_MIGRATIONS } from '#platform/db/migrations/index';
import { migrations as bpjstkMigrations } from '../../../subgraphs/bpjstk/src/migrations';
import { migrations as identityMigrations } from '../../../subgraphs/identity/src/migrations';
import { migrations as taspenMigrations } from '../../../subgraphs/taspen/src/migrations';
import { createTestDatabase, type TestDatabase } from '#platform/testing/test-database';

jest.setTimeout(120_000);

// In the order they go up (platform first: its owner migrates it before its own schema); down is the reverse.
const SCHEMAS: ReadonlyArray<{ schema: string; migrations: MigrationObject[] }> = [
  { schema: 'platform', migrations: PLATFORM_MIGRATIONS },
  { schema: 'identity', migrations: identityMigrations },
  { schema: 'taspen', migrations: taspenMigrations },
  { schema: 'bpjstk', migrations: bpjstkMigrations },
];
const NAMES = SCHEMAS.map((s) => s.schema);
const BOOKKEEPING = ['mikro_orm_migrations', 'mikro_orm_migrations_id_seq', 'mikro_orm_migrations_pkey'];

let database: TestDatabase;
let sql: Client;
const orms = new Map<string, MikroORM>();

beforeAll(async () => {
  database = await createTestDatabase();
  sql = new Client({ connectionString: database.url });
  await sql.connect();
  for (const { schema, migrations } of SCHEMAS) {
    orms.set(schema, await initOrm({ databaseUrl: database.url, schema, entities: [], migrations, poolMax: 1 }));
  }
});

afterAll(async () => {
  for (const orm of orms.values()) await orm.close(true);
  await sql?.end();
  await database?.drop();
});

/** Tables, columns, indexes, constraints, triggers, functions and sequences of the hub's schemas (bookkeeping aside). */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const rows = async (text: string) =>
    (await sql.query(text, [NAMES])).rows.filter(
      (row) => !BOOKKEEPING.some((name) => JSON.stringify(row).includes(`"${name}"`) || JSON.stringify(row).includes(`.${name}`)),
    );
  return {
    columns: await rows(`
      select table_schema, table_name, column_name, ordinal_position, data_type, udt_name, character_maximum_length,
             numeric_precision, is_nullable, column_default
        from information_schema.columns where table_schema = any($1)
       order by table_schema, table_name, ordinal_position`),
    indexes: await rows(`select schemaname, tablename, indexname, indexdef from pg_indexes where schemaname = any($1) order by 1, 2, 3`),
    constraints: await rows(`
      select n.nspname as schema, c.conrelid::regclass::text as "table", c.conname as name, c.contype as kind,
             pg_get_constraintdef(c.oid) as definition
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
       where n.nspname = any($1) order by 1, 2, 3`),
    triggers: await rows(`
      select n.nspname as schema, t.tgname as name, pg_get_triggerdef(t.oid) as definition
        from pg_trigger t join pg_class r on r.oid = t.tgrelid join pg_namespace n on n.oid = r.relnamespace
       where not t.tgisinternal and n.nspname = any($1) order by 1, 2`),
    functions: await rows(`
      select n.nspname as schema, p.proname as name, pg_get_functiondef(p.oid) as definition
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = any($1) order by 1, 2`),
    sequences: await rows(`
      select sequence_schema, sequence_name, data_type from information_schema.sequences
       where sequence_schema = any($1) order by 1, 2`),
  };
}

const up = async () => {
  for (const { schema } of SCHEMAS) await migrate(orms.get(schema)!, database.url, schema);
};
const downAll = async () => {
  for (const { schema } of [...SCHEMAS].reverse()) await orms.get(schema)!.getMigrator().down({ to: 0 });
};

test('every schema migrates up, down all the way and up again to the same schema', async () => {
  await up();
  const first = await snapshot();
  expect(first.columns.length).toBeGreaterThan(100);
  for (const schema of NAMES) expect(first.columns.some((c) => (c as { table_schema: string }).table_schema === schema)).toBe(true);

  await downAll();
  const empty = await snapshot();
  expect(empty).toEqual({ columns: [], indexes: [], constraints: [], triggers: [], functions: [], sequences: [] });
  for (const { schema } of SCHEMAS) {
    expect(await orms.get(schema)!.getMigrator().getExecutedMigrations()).toEqual([]);
  }

  await up();
  expect(await snapshot()).toEqual(first);
  for (const { schema, migrations } of SCHEMAS) {
    const applied = (await orms.get(schema)!.getMigrator().getExecutedMigrations()).map((row) => row.name);
    expect(applied).toEqual(migrations.map((m) => m.name));
  }
});

test('each down() undoes exactly its own up(): one step down gives the schema of one step less up', async () => {
  await downAll();
  const steps: Array<{ schema: string; name: string; before: Record<string, unknown[]> }> = [];
  for (const { schema, migrations } of SCHEMAS) {
    for (const { name } of migrations) {
      steps.push({ schema, name, before: await snapshot() });
      await orms.get(schema)!.getMigrator().up({ to: name });
    }
  }
  for (const step of steps.reverse()) {
    const [reverted] = await orms.get(step.schema)!.getMigrator().down();
    expect(reverted?.name).toBe(step.name);
    expect({ migration: step.name, schema: await snapshot() }).toEqual({ migration: step.name, schema: step.before });
  }
  await up();
});

test('a platform schema made by the hand-written migrator before is adopted, not created again, and keeps its old record', async () => {
  await migratePlatform(database.url); // the state of the first test: everything applied
  const before = await snapshot();
  // What the hand-written migrator left: the tables, and its own record instead of MikroORM's.
  await sql.query('drop table platform.mikro_orm_migrations');
  await sql.query('create table platform.schema_migrations (name text primary key, applied_at timestamptz not null default now())');
  await sql.query('insert into platform.schema_migrations (name) select unnest($1::text[])', [Object.keys(LEGACY_PLATFORM_MIGRATIONS)]);

  await migratePlatform(database.url);

  const { rows } = await sql.query('select name from platform.mikro_orm_migrations order by id');
  expect(rows.map((row) => row.name)).toEqual(PLATFORM_MIGRATIONS.map((m) => m.name));
  expect((await sql.query('select count(*)::int as n from platform.schema_migrations')).rows[0].n).toBe(3);
  const after = await snapshot();
  const legacyRecord = (row: unknown) => JSON.stringify(row).includes('schema_migrations');
  expect({
    ...after,
    columns: after.columns.filter((c) => !legacyRecord(c)),
    indexes: after.indexes.filter((i) => !legacyRecord(i)),
    constraints: after.constraints.filter((c) => !legacyRecord(c)),
  }).toEqual(before);

  // Going all the way down removes the old record too, and up again needs no adoption.
  const platform = await initPlatformOrm(database.url);
  try {
    for (const { schema } of [...SCHEMAS].reverse().slice(0, -1)) await orms.get(schema)!.getMigrator().down({ to: 0 });
    await platform.getMigrator().down({ to: 0 });
  } finally {
    await platform.close(true);
  }
  expect((await sql.query(`select to_regclass('platform.schema_migrations') as t`)).rows[0].t).toBeNull();
  await up();
  expect(await snapshot()).toEqual(before);
});

test('on an upgraded database the agencies copy their cards, and identity the messages, from the retired shared tables', async () => {
  await downAll();
  const platform = orms.get('platform')!;
  await migrate(platform, database.url, 'platform');
  await platform.getMigrator().down({ to: 'Migration20261201380000' });
  await sql.query(`insert into platform.card (agency, number, nik_hash, holder_name, issued_at, revoked_at)
    values ('TASPEN', 'KPT-1', 'h1', 'Budi Santoso', '2020-01-15', null), ('BPJSTK', '09012345678', 'h1', 'Budi Santoso', '2021-03-15', now())`);
  await sql.query(
    `insert into platform.outbox (id, channel, recipient, body, kind, status) values (41, 'SMS', '+6281200000041', 'pending before', 'OTP_LOGIN', 'PENDING')`,
  );
  await up();
  expect((await sql.query(`select id::int, body, status from identity.outbox`)).rows).toEqual([{ id: 41, body: 'pending before', status: 'PENDING' }]);
  expect(
    (await sql.query(`insert into identity.outbox (channel, recipient, body) values ('SMS', '+6281200000042', 'after') returning id::int`)).rows[0].id,
  ).toBe(42);
  const cards = async (table: string) =>
    (await sql.query(`select number, holder_name, to_char(issued_at, 'YYYY-MM-DD') as issued_at, revoked_at is not null as revoked from ${table}`)).rows;
  expect(await cards('taspen.card')).toEqual([{ number: 'KPT-1', holder_name: 'Budi Santoso', issued_at: '2020-01-15', revoked: false }]);
  expect(await cards('bpjstk.card')).toEqual([{ number: '09012345678', holder_name: 'Budi Santoso', issued_at: '2021-03-15', revoked: true }]);
  // The shared tables that held rows stay (unread) for this release.
  expect((await sql.query(`select to_regclass('platform.card') is not null and to_regclass('platform.outbox') is not null as present`)).rows[0].present).toBe(
    true,
  );
});
