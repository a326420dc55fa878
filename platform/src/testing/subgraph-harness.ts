// Runs one subgraph alone for its own tests: a fresh database on the test run's PostgreSQL server, the
// platform schema (which identity owns in a whole hub), the service's migrations and seed, its HTTP server;
// no gateway, no other subgraph. Test support only.
import type { Caller } from '../auth/caller';
import { loadConfig } from '../config';
import type { BaseContext } from '../context';
import { migratePlatform } from '../db/platform-schema';
import { createPlatform, type Platform } from '../runtime';
import { runService, type RunningService, type ServiceDefinition } from '../service';
import { createTestDatabase } from './test-database';
import { useStarted } from './use-started';

export interface SubgraphHarness {
  platform: Platform;
  service: RunningService;
  /** POSTs a GraphQL document to the subgraph's own /graphql, as `caller` when given. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Exclude<Caller, { kind: 'anonymous' }>,
  ): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  close(): Promise<void>;
}

export async function startSubgraph<Ctx extends BaseContext, Person>(definition: ServiceDefinition<Ctx, Person>): Promise<SubgraphHarness> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', HUB_DATA_DIR: process.env.HUB_TEST_DATA_DIR, LOG_LEVEL: process.env.HUB_TEST_LOG_LEVEL ?? 'silent' });
  // No identity runs beside a subgraph alone: its verifier reads the revocation list directly.
  const platform = await createPlatform(config, { service: `${definition.name}-test`, databaseUrl: database.url, revocations: 'database' });
  if (!definition.ownsPlatformSchema) await migratePlatform(database.url);
  const service = await runService(definition, platform, { port: 0, host: '127.0.0.1' });
  return {
    platform,
    service,
    async gql<T>(query: string, variables: Record<string, unknown> = {}, caller?: Exclude<Caller, { kind: 'anonymous' }>) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (caller) headers.authorization = `Bearer ${(await platform.issuer.issue(caller)).token}`;
      const response = await fetch(`http://127.0.0.1:${service.port}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    },
    async close() {
      await service.close();
      await platform.kv.close();
      await platform.revocations.close();
      await database.drop();
    },
  };
}

/** One subgraph for the test file, started before its first test, closed after its last. */
export const useSubgraph = <Ctx extends BaseContext, Person>(definition: ServiceDefinition<Ctx, Person>): SubgraphHarness =>
  useStarted(() => startSubgraph(definition));
