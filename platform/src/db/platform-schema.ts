// The `platform` schema (documents, access log, revocations: the records the identity service owns and the
// others reach through its internal routes): MikroORM migrations like every other schema, applied by their
// owner (`ownsPlatformSchema`); the other services wait until the migrations their code knows are applied,
// and never create these tables.
import type { Migrator } from '@mikro-orm/migrations';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { initOrm, migrate } from './orm';
import { LEGACY_PLATFORM_MIGRATIONS, platformMigrations } from './migrations';

export const PLATFORM_SCHEMA = 'platform';
export { platformMigrations as PLATFORM_MIGRATIONS };

/** A short-lived ORM on the platform schema, for its migrator (the schema has no entities). */
export async function initPlatformOrm(databaseUrl: string): Promise<MikroORM> {
  return initOrm({ databaseUrl, schema: PLATFORM_SCHEMA, entities: [], migrations: platformMigrations, poolMax: 1 });
}

/**
 * A database whose platform tables were made by the hand-written migrator that came before (its record is
 * platform.schema_migrations) gets those migrations marked as applied, so MikroORM does not create the
 * tables again. The old record stays, so older code started on this database still finds its tables.
 * Runs under the platform migration lock.
 */
async function adoptLegacyMigrations(orm: MikroORM): Promise<void> {
  const connection = orm.em.getConnection();
  const [legacy] = await connection.execute<Array<{ present: boolean }>>(`select to_regclass('platform.schema_migrations') is not null as present`);
  if (!legacy?.present) return;
  const migrator = orm.getMigrator<Migrator>();
  const storage = migrator.getStorage();
  await storage.ensureTable();
  const applied = new Set((await storage.getExecutedMigrations()).map((row) => row.name));
  const recorded = await connection.execute<Array<{ name: string }>>('select name from platform.schema_migrations order by name');
  for (const { name } of recorded) {
    const migration = LEGACY_PLATFORM_MIGRATIONS[name];
    if (migration && !applied.has(migration)) await storage.logMigration({ name: migration, context: null });
  }
}

/** Applies the platform schema's pending migrations (the owner's start, CLI commands, tests). */
export async function migratePlatform(databaseUrl: string): Promise<void> {
  const orm = await initPlatformOrm(databaseUrl);
  try {
    await migrate(orm, databaseUrl, PLATFORM_SCHEMA, () => adoptLegacyMigrations(orm));
  } finally {
    await orm.close(true);
  }
}

/** Names of the platform migrations that are not applied yet, or all of them when there is no record. */
export async function pendingPlatformMigrations(client: Pick<Client, 'query'>): Promise<string[]> {
  const names = platformMigrations.map((migration) => migration.name);
  const { rows } = await client.query<{ present: boolean }>(`select to_regclass('platform.mikro_orm_migrations') is not null as present`);
  if (!rows[0]?.present) return names;
  const applied = new Set((await client.query<{ name: string }>('select name from platform.mikro_orm_migrations')).rows.map((row) => row.name));
  return names.filter((name) => !applied.has(name));
}

/**
 * Waits until the platform schema's owner has applied every platform migration this code knows (services
 * that start side by side with identity, or before it). Throws after `timeoutMs` naming what is missing.
 */
export async function awaitPlatformSchema(databaseUrl: string, options: { timeoutMs?: number; pollMs?: number } = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const pollMs = options.pollMs ?? 100;
  const deadline = Date.now() + timeoutMs;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (;;) {
      const pending = await pendingPlatformMigrations(client);
      if (pending.length === 0) return;
      if (Date.now() >= deadline) {
        throw new Error(
          `The platform schema lacks migrations ${pending.join(', ')}; it is migrated by the identity service, which has not done so within ${timeoutMs} ms.`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  } finally {
    await client.end();
  }
}
