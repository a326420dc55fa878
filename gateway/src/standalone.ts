// The gateway as a process of its own (docker-compose): the subgraphs at IDENTITY_URL, TASPEN_URL and
// BPJSTK_URL; a small database pool only for /ready (uploads and the dev outbox reach their owners through signed internal calls).
import { databaseTimeouts, type HubConfig } from '#platform/config';
import { createPool } from '#platform/db/pool';
import { closeOnSignals, requireSettings } from '#platform/main-service';
import { createPlatform } from '#platform/runtime';
import { startTracing } from '#platform/tracing/index';
import { mountPlatformRoutes } from './platform-routes';
import { startGateway } from './server';

/** A subgraph URL may be given as the service's base URL or its /graphql endpoint. */
export function graphqlEndpoint(url: string): string {
  const parsed = new URL(url);
  if (parsed.pathname === '/' || parsed.pathname === '') parsed.pathname = '/graphql';
  return parsed.toString();
}

export async function runStandaloneGateway(config: HubConfig) {
  requireSettings(config, ['DATABASE_URL', 'IDENTITY_URL', 'TASPEN_URL', 'BPJSTK_URL'], 'the gateway');
  await startTracing({ endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, service: 'gateway' });
  const platform = await createPlatform(config, { service: 'gateway', databaseUrl: config.DATABASE_URL! });
  const pool = createPool({ connectionString: config.DATABASE_URL, max: 4 }, platform.log, 'gateway', databaseTimeouts(config));
  const gateway = await startGateway({
    platform,
    port: config.PORT,
    subgraphs: {
      identity: graphqlEndpoint(config.IDENTITY_URL!),
      taspen: graphqlEndpoint(config.TASPEN_URL!),
      bpjstk: graphqlEndpoint(config.BPJSTK_URL!),
    },
    checks: {
      database: async () => {
        await pool.query('select 1');
      },
      keyValueStore: () => platform.kv.ping(),
    },
    routes: (app) => mountPlatformRoutes(app, platform),
  });
  platform.log.info({ port: gateway.port }, `gateway ready at ${gateway.url}`);
  closeOnSignals(platform.log, async () => {
    await gateway.close();
    await pool.end();
    await platform.kv.close();
  });
  return gateway;
}
