// Boots the whole hub in-process for an end-to-end test: its own database, its own key-value
// namespace (the in-process store, or the run's Redis with a unique key prefix), a free port.
import { randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import { loadConfig } from '#platform/config';
import { createLogger } from '#platform/logger';
import { startHub, type Hub } from '../../src/hub';
import { createTestDatabase } from '#platform/testing/test-database';
import { useStarted } from '#platform/testing/use-started';

export interface TestHub extends Hub {
  /** Base URL of the gateway, e.g. http://localhost:41234 */
  baseUrl: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GqlResult<T>>;
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

export interface TestHubOptions {
  /** Where the hub's JSON log lines go (tests that read the logs); stdout otherwise. */
  logDestination?: DestinationStream;
  /** A database of the test's own (its own PostgreSQL server); the run's shared server otherwise. */
  databaseUrl?: string;
}

export async function startTestHub(env: Record<string, string> = {}, options: TestHubOptions = {}): Promise<TestHub> {
  const database = options.databaseUrl ? { url: options.databaseUrl, drop: async () => {} } : await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    HUB_DATA_DIR: process.env.HUB_TEST_DATA_DIR,
    LOG_LEVEL: process.env.HUB_TEST_LOG_LEVEL ?? 'silent',
    REDIS_URL: process.env.REDIS_URL,
    REDIS_KEY_PREFIX: `test:${randomUUID().slice(0, 8)}:`,
    // Tests speak for several clients from one machine by stating X-Forwarded-For.
    TRUST_PROXY: 'loopback',
    ...env,
  });
  const log = createLogger({ level: config.LOG_LEVEL, service: 'test-hub' }, options.logDestination);
  let hub: Hub;
  try {
    hub = await startHub({ config, databaseUrl: database.url, port: 0, log });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const baseUrl = `http://localhost:${hub.port}`;
  return {
    ...hub,
    baseUrl,
    async gql(query, variables, options = {}) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GqlResult<any>;
      return { status: response.status, data: body.data, errors: body.errors };
    },
    async close() {
      await hub.close();
      await database.drop();
    },
  };
}

/** One hub for the test file (or the describe block) it is called in, started before its first test, closed after its last. */
export const useTestHub = (env: Record<string, string> = {}, options: TestHubOptions = {}): TestHub => useStarted(() => startTestHub(env, options));
