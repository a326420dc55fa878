// One MikroORM instance per service, bound to that service's PostgreSQL schema.
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { Client } from 'pg';
import { clientWaitMs, connectionSettings, guardQueries, type DatabaseTimeouts } from './timeouts';
import { traceSqlStatements } from '../tracing/sql';

export interface OrmOptions {
  databaseUrl: string;
  /** The PostgreSQL schema this service owns. */
  schema: string;
  entities: NonNullable<Options['entities']>;
  migrations: MigrationObject[];
  poolMax?: number;
  debug?: boolean;
  /**
   * Time limits for the connections made after `armTimeouts(orm)` (migrations and seeding before it run
   * without them: an index on a big table may rightly take minutes; connecting then waits up to BOOT_WAIT_MS).
   */
  timeouts?: DatabaseTimeouts;
}

const armed = new WeakMap<object, { on: boolean; timeouts?: DatabaseTimeouts; connection: { application_name: string } }>();

/**
 * Connecting and acquiring before `armTimeouts`: a start on a busy machine (replicas and their migrations at
 * once) may take a PostgreSQL a few seconds per new connection, and failing the start for it only makes a
 * restart loop. Bounded all the same, so that a database that never answers still fails the start.
 */
export const BOOT_WAIT_MS = 30_000;

export async function initOrm(options: OrmOptions): Promise<MikroORM> {
  const { timeouts } = options;
  const connection = { application_name: `hub-${options.schema}` };
  const state = { on: false, timeouts, connection };
  const orm = await MikroORM.init({
    clientUrl: options.databaseUrl,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    pool: {
      min: 0,
      max: options.poolMax ?? 10,
      idleTimeoutMillis: 30_000,
      ...(timeouts && {
        acquireTimeoutMillis: BOOT_WAIT_MS,
        afterCreate: (connection: Client, done: (error: Error | null, connection: Client) => void) => {
          if (!state.on) return done(null, connection);
          const { statement_timeout, idle_in_transaction_session_timeout } = connectionSettings(timeouts);
          guardQueries(connection, clientWaitMs(timeouts));
          connection.query(
            `set statement_timeout = ${statement_timeout}; set idle_in_transaction_session_timeout = ${idle_in_transaction_session_timeout}`,
            (error) => done(error ?? null, connection),
          );
        },
      }),
    },
    driverOptions: {
      // knex reports each dropped connection on the console; the pools replace them, requests get SERVICE_UNAVAILABLE.
      log: { warn: (message: string) => (/^Connection Error/.test(message) ? undefined : console.warn(message)) },
      connection: { ...connection, ...(timeouts && { connectionTimeoutMillis: BOOT_WAIT_MS }) },
    },
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
  armed.set(orm, state);
  traceSqlStatements(orm.em.getConnection(), options.schema);
  return orm;
}

/** From now on every connection of `orm` has the time limits of its options (the pool is renewed). */
export async function armTimeouts(orm: MikroORM): Promise<void> {
  const state = armed.get(orm);
  if (!state || state.on) return;
  state.on = true;
  if (state.timeouts) {
    // The configuration's own copies (MikroORM copies the options at init): the renewed pool reads them.
    orm.config.set('driverOptions', {
      ...orm.config.get('driverOptions'),
      connection: { ...state.connection, connectionTimeoutMillis: state.timeouts.connectMs },
    });
    orm.config.set('pool', { ...orm.config.get('pool'), acquireTimeoutMillis: state.timeouts.acquireMs });
  }
  await orm.reconnect();
}

/** Runs `work` while holding a PostgreSQL advisory lock named `key` (one process at a time across the cluster). */
export async function withAdvisoryLock<T>(databaseUrl: string, key: string, work: () => Promise<T>): Promise<T> {
  const lock = new Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [key]);
    return await work();
  } finally {
    await lock.query('select pg_advisory_unlock(hashtext($1))', [key]).catch(() => {});
    await lock.end();
  }
}

/**
 * Applies the service's pending migrations. Several processes may start at once, so the run is
 * serialised by an advisory lock keyed on the schema name; `beforeUp` runs under it too.
 */
export async function migrate(orm: MikroORM, databaseUrl: string, schema: string, beforeUp?: () => Promise<void>): Promise<void> {
  const lock = new Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [`migrate:${schema}`]);
    await lock.query(`create schema if not exists "${schema}"`);
    await beforeUp?.();
    await orm.getMigrator().up();
  } finally {
    await lock.query('select pg_advisory_unlock(hashtext($1))', [`migrate:${schema}`]).catch(() => {});
    await lock.end();
  }
}
