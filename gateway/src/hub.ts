// The whole hub in one process: embedded PostgreSQL (unless DATABASE_URL), the key-value store,
// the three subgraphs on free loopback ports, and the gateway on PORT.
import type { Pool } from 'pg';
import { databaseTimeouts, loadConfig, type HubConfig } from '#platform/config';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '#platform/db/embedded';
import { createPool } from '#platform/db/pool';
import type { KeyValueStore } from '#platform/kv/kv';
import type { Logger } from '#platform/logger';
import { createPlatform, type Platform } from '#platform/runtime';
import type { BaseContext } from '#platform/context';
import { runService, type RunningService, type ServiceDefinition } from '#platform/service';
import { bpjsTkService } from '../../subgraphs/bpjstk/src/service';
import { identityService } from '../../subgraphs/identity/src/service';
import { taspenService } from '../../subgraphs/taspen/src/service';
import { mountPlatformRoutes } from './platform-routes';
import { startGateway, type RunningGateway } from './server';

export interface HubOptions {
  config?: HubConfig;
  /** Overrides DATABASE_URL (tests pass their own database). */
  databaseUrl?: string;
  kv?: KeyValueStore;
  log?: Logger;
  port?: number;
  seed?: boolean;
}

export interface Hub {
  url: string;
  port: number;
  platform: Platform;
  services: Record<RunningService['name'], RunningService>;
  gateway: RunningGateway;
  pool: Pool;
  close(): Promise<void>;
}

const SERVICE_ORDER: ReadonlyArray<RunningService['name']> = ['identity', 'taspen', 'bpjstk'];

export async function startHub(options: HubOptions = {}): Promise<Hub> {
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const config = options.config ?? loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  const databaseUrl = options.databaseUrl ?? config.DATABASE_URL ?? (embedded = await startEmbeddedDatabase(config.dataDir)).url;
  const platform = await createPlatform(config, { service: 'hub', databaseUrl, kv: options.kv, log: options.log });
  const started: RunningService[] = [];
  const pool = createPool({ connectionString: databaseUrl, max: 4 }, platform.log, 'gateway', databaseTimeouts(config));
  try {
    // The subgraphs boot side by side (migrations, personas and schema of each; every schema migrates
    // under its own lock); the ones that came up are closed if another fails.
    const definitions: ServiceDefinition<BaseContext>[] = [identityService, taspenService, bpjsTkService];
    const booting = definitions.map((definition) =>
      runService(definition, platform, { port: 0, seed: options.seed }).then((service: RunningService) => {
        started.push(service);
        return service;
      }),
    );
    const outcomes = await Promise.allSettled(booting);
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    started.sort((a, b) => SERVICE_ORDER.indexOf(a.name) - SERVICE_ORDER.indexOf(b.name));
    for (const service of started) platform.serviceUrls[service.name] = new URL('/', service.url).toString();
    const services = Object.fromEntries(started.map((s) => [s.name, s])) as Hub['services'];
    const gateway = await startGateway({
      platform,
      port: options.port ?? config.PORT,
      subgraphs: Object.fromEntries(started.map((s) => [s.name, s.url])),
      checks: {
        database: async () => {
          await pool.query('select 1');
        },
        keyValueStore: () => platform.kv.ping(),
      },
      routes: (app) => mountPlatformRoutes(app, pool, platform),
    });
    // Links in responses (card PDFs, documents) point at the port actually taken, unless configured.
    config.HUB_PUBLIC_URL ??= `http://localhost:${gateway.port}`;
    let closing: Promise<void> | undefined;
    return {
      url: gateway.url,
      port: gateway.port,
      platform,
      services,
      gateway,
      pool,
      close: () =>
        (closing ??= (async () => {
          await gateway.close();
          for (const service of started.reverse()) await service.close();
          await pool.end();
          await platform.revocations.close();
          if (!options.kv) await platform.kv.close();
          await embedded?.stop();
        })()),
    };
  } catch (error) {
    for (const service of started) await service.close().catch(() => {});
    await pool.end().catch(() => {});
    await embedded?.stop().catch(() => {});
    throw error;
  }
}
