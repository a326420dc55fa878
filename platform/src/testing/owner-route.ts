// An owner's internal route (access log, revocations, …) served alone on a fresh database with the platform
// schema, for the tests of that interface. Test support only.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Pool } from 'pg';
import { loadConfig } from '../config';
import { initPlatformOrm, migratePlatform } from '../db/platform-schema';
import { rawJson } from '../http/subgraph-server';
import { createLogger } from '../logger';
import type { Platform } from '../runtime';
import { createTestDatabase, type TestDatabase } from './test-database';
import { useStarted } from './use-started';

export interface OwnerRoute {
  database: TestDatabase;
  orm: MikroORM;
  /** A small pool on the same database, for the test's own reads and writes. */
  pool: Pool;
  /** The route's origin, e.g. `http://127.0.0.1:40123`. */
  url: string;
  config: Platform['config'];
  close(): Promise<void>;
}

export type MountRoute = (app: Express, deps: { orm: MikroORM; platform: Pick<Platform, 'config' | 'log'> }) => void;

/** Serves the routes `mount` adds for this test file (or describe block): started before its first test, closed after its last. */
export function useOwnerRoute(mount: MountRoute): OwnerRoute {
  return useStarted(async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const database = await createTestDatabase();
    await migratePlatform(database.url);
    const orm = await initPlatformOrm(database.url);
    const pool = new Pool({ connectionString: database.url, max: 2 });
    const app = express();
    app.use(rawJson());
    mount(app, { orm, platform: { config, log: createLogger({ level: 'silent', service: 'test' }) } });
    const server: Server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      database,
      orm,
      pool,
      url,
      config,
      async close() {
        await new Promise((resolve) => server.close(resolve));
        await pool.end();
        await orm.close(true);
        await database.drop();
      },
    };
  });
}
