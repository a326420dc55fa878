// Runs one subgraph alone for its own tests: a fresh database on the test run's PostgreSQL server, the
// platform schema (which identity owns in a whole hub), the service's migrations and seed, its HTTP server;
// no gateway, no other subgraph; queries, the gateway's entity fetches and the check of a refused one. Test support only.
import type { Caller } from '../auth/caller';
import { loadConfig } from '../config';
import type { BaseContext } from '../context';
import { migratePlatform } from '../db/platform-schema';
import { createPlatform, type Platform } from '../runtime';
import { runService, type RunningService, type ServiceDefinition } from '../service';
import { createTestDatabase } from './test-database';
import { useStarted } from './use-started';

type SignedIn = Exclude<Caller, { kind: 'anonymous' }>;

export interface GqlResult<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface SubgraphHarness {
  platform: Platform;
  service: RunningService;
  /** POSTs a GraphQL document to the subgraph's own /graphql, as `caller` when given. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, caller?: SignedIn): Promise<GqlResult<T>>;
  /** The gateway's entity fetch: `_entities` of `representations`, each read through `selection` (`... on Type { … }`). */
  entities<T>(representations: Array<Record<string, unknown>>, selection: string, caller?: SignedIn): Promise<GqlResult<{ _entities: T[] }>>;
  close(): Promise<void>;
}

export async function startSubgraph<Ctx extends BaseContext, Person>(definition: ServiceDefinition<Ctx, Person>): Promise<SubgraphHarness> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', HUB_DATA_DIR: process.env.HUB_TEST_DATA_DIR, LOG_LEVEL: process.env.HUB_TEST_LOG_LEVEL ?? 'silent' });
  // No identity runs beside a subgraph alone: its verifier reads the revocation list directly.
  const platform = await createPlatform(config, { service: `${definition.name}-test`, databaseUrl: database.url, revocations: 'database' });
  if (!definition.ownsPlatformSchema) await migratePlatform(database.url);
  const service = await runService(definition, platform, { port: 0, host: '127.0.0.1' });
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, caller?: SignedIn) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (caller) headers.authorization = `Bearer ${(await platform.issuer.issue(caller)).token}`;
    const response = await fetch(`http://127.0.0.1:${service.port}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as GqlResult<T>;
  };
  return {
    platform,
    service,
    gql,
    entities: <T>(representations: Array<Record<string, unknown>>, selection: string, caller?: SignedIn) =>
      gql<{ _entities: T[] }>(
        `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`,
        { representations },
        caller,
      ),
    async close() {
      await service.close();
      await platform.kv.close();
      await platform.revocations.close();
      await database.drop();
    },
  };
}

/**
 * An entity fetch the caller may not make: as `caller` it is FORBIDDEN and the answer holds no `hidden` field; without
 * a caller, UNAUTHENTICATED.
 */
export async function expectEntityRefused(
  subgraph: Pick<SubgraphHarness, 'entities'>,
  selection: string,
  fetches: { caller: SignedIn; refused: Record<string, unknown>; anonymous: Record<string, unknown>; hidden: string },
) {
  const other = await subgraph.entities([fetches.refused], selection, fetches.caller);
  expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(JSON.stringify(other.data)).not.toContain(fetches.hidden);
  const anonymous = await subgraph.entities([fetches.anonymous], selection);
  expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
}

/** One subgraph for the test file, started before its first test, closed after its last. */
export const useSubgraph = <Ctx extends BaseContext, Person>(definition: ServiceDefinition<Ctx, Person>): SubgraphHarness =>
  useStarted(() => startSubgraph(definition));
