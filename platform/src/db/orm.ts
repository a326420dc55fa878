// One MikroORM instance per service, bound to that service's PostgreSQL schema.
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { Client } from 'pg';

export interface OrmOptions {
  databaseUrl: string;
  /** The PostgreSQL schema this service owns. */
  schema: string;
  entities: NonNullable<Options['entities']>;
  migrations: MigrationObject[];
  poolMax?: number;
  debug?: boolean;
}

export async function initOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: options.databaseUrl,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: options.poolMax ?? 10, idleTimeoutMillis: 30_000 },
    driverOptions: { connection: { application_name: `hub-${options.schema}` } },
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: options.debug ?? false,
    ignoreUndefinedInQuery: true,
  });
}

/**
 * Applies the service's pending migrations. Several processes may start at once, so the run is
 * serialised by an advisory lock keyed on the schema name.
 */
export async function migrate(orm: MikroORM, databaseUrl: string, schema: string): Promise<void> {
  const lock = new Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [`migrate:${schema}`]);
    await lock.query(`create schema if not exists "${schema}"`);
    await orm.getMigrator().up();
  } finally {
    await lock.query('select pg_advisory_unlock(hashtext($1))', [`migrate:${schema}`]).catch(() => {});
    await lock.end();
  }
}
