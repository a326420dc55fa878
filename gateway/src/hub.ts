// The whole hub in one process: embedded PostgreSQL (unless DATABASE_URL), the key-value store,
// the three subgraphs on free loopback ports, and the gateway on PORT.
import type { Pool } from 'pg';
import { databaseTimeouts, loadConfig, withSettings, type HubConfig } from '#platform/config';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '#platform/db/embedded';
import { createPool } from '#platform/db/pool';
import { bindSocket, portOf } from '#platform/http/listen';
import type { KeyValueStore } from '#platform/kv/kv';
import type { Logger } from '#platform/logger';
import { createPlatform, type Platform } from '#platform/runtime';
import type { BaseContext } from '#platform/context';
import { runService, type RunningService, type ServiceDefinition, type ServiceName } from '#platform/service';
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

const SERVICE_ORDER: ReadonlyArray<ServiceName> = ['identity', 'taspen', 'bpjstk'];

/**
 * Every port the hub will serve on, bound before anything starts: the configuration and the service URLs are
 * then complete when they are built, and frozen. The gateway's port is bound early only when it is to be a
 * free one (0); a fixed port is known already and stays closed until the gateway serves on it.
 */
async function bindPorts(gatewayPort: number) {
  const subgraphs = await Promise.all(SERVICE_ORDER.map(() => bindSocket(0, '127.0.0.1')));
  const gateway = gatewayPort === 0 ? await bindSocket(0, '0.0.0.0') : undefined;
  const serviceUrls = Object.fromEntries(SERVICE_ORDER.map((name, i) => [name, `http://127.0.0.1:${portOf(subgraphs[i])}/`])) as Record<ServiceName, string>;
  return {
    subgraphs: new Map(SERVICE_ORDER.map((name, i) => [name, subgraphs[i]])),
    gateway,
    gatewayPort: gateway ? portOf(gateway) : gatewayPort,
    serviceUrls,
    release: () => Promise.all([...subgraphs, ...(gateway ? [gateway] : [])].map((socket) => new Promise((resolve) => socket.close(resolve)))),
  };
}

export async function startHub(options: HubOptions = {}): Promise<Hub> {
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const loaded = options.config ?? loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  const databaseUrl = options.databaseUrl ?? loaded.DATABASE_URL ?? (embedded = await startEmbeddedDatabase(loaded.dataDir)).url;
  const ports = await bindPorts(options.port ?? loaded.PORT);
  // Links in responses (card PDFs, documents) point at the port actually taken, unless configured.
  const config = withSettings(loaded, { HUB_PUBLIC_URL: loaded.HUB_PUBLIC_URL ?? `http://localhost:${ports.gatewayPort}` });
  const platform = await createPlatform(config, { service: 'hub', databaseUrl, kv: options.kv, log: options.log, serviceUrls: ports.serviceUrls });
  embedded?.supervise(platform.log);
  const started: RunningService[] = [];
  const pool = createPool({ connectionString: databaseUrl, max: 4 }, platform.log, 'gateway', databaseTimeouts(config));
  try {
    // The subgraphs boot side by side (migrations, personas and schema of each; every schema migrates
    // under its own lock); the ones that came up are closed if another fails.
    const definitions: ServiceDefinition<BaseContext>[] = [identityService, taspenService, bpjsTkService];
    const booting = definitions.map((definition) =>
      runService(definition, platform, { port: 0, socket: ports.subgraphs.get(definition.name), seed: options.seed }).then((service: RunningService) => {
        started.push(service);
        return service;
      }),
    );
    const outcomes = await Promise.allSettled(booting);
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    started.sort((a, b) => SERVICE_ORDER.indexOf(a.name) - SERVICE_ORDER.indexOf(b.name));
    const services = Object.fromEntries(started.map((s) => [s.name, s])) as Hub['services'];
    const gateway = await startGateway({
      platform,
      port: ports.gatewayPort,
      socket: ports.gateway,
      subgraphs: Object.fromEntries(started.map((s) => [s.name, s.url])),
      checks: {
        database: async () => {
          await pool.query('select 1');
        },
        keyValueStore: () => platform.kv.ping(),
      },
      routes: (app) => mountPlatformRoutes(app, platform),
    });
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
          await ports.release();
          await pool.end();
          await platform.revocations.close();
          if (!options.kv) await platform.kv.close();
          await embedded?.stop();
        })()),
    };
  } catch (error) {
    for (const service of started) await service.close().catch(() => {});
    await ports.release().catch(() => {});
    await pool.end().catch(() => {});
    await embedded?.stop().catch(() => {});
    throw error;
  }
}
