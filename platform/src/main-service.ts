// Boot code for a process that runs ONE part of the hub (docker-compose, Kubernetes): a subgraph on
// SERVICE_PORT against DATABASE_URL, or the gateway alone. Stops cleanly on SIGTERM/SIGINT.
import { ConfigError, loadConfig, type HubConfig } from './config';
import type { BaseContext } from './context';
import type { Logger } from './logger';
import { createPlatform, type Platform } from './runtime';
import { runService, type ServiceDefinition } from './service';
import { startTracing } from './tracing/index';

/** Settings a standalone process cannot do without, checked before anything starts. */
export function requireSettings(config: HubConfig, names: ReadonlyArray<keyof HubConfig>, role: string): void {
  const missing = names.filter((name) => !config[name]);
  if (missing.length) {
    throw new ConfigError(`Invalid configuration:\n${missing.map((name) => `  ${String(name)}: required to run ${role} on its own`).join('\n')}`);
  }
}

/** Runs `close` once on SIGTERM or SIGINT, then exits; a shutdown that hangs is cut off after 10 s. */
export function closeOnSignals(log: Logger, close: () => Promise<void>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    try {
      await close();
      process.exit(0);
    } catch (error) {
      log.error({ error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

/** Starts a standalone process, printing configuration errors plainly instead of a stack. */
export function main(run: () => Promise<unknown>): void {
  run().catch((error) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : (error?.stack ?? error)}\n`);
    process.exit(1);
  });
}

/**
 * What a subgraph needs to run alone: its database and port and, for every service but the owner of the
 * platform records, identity's address (it asks identity for revocations on each request, and appends its
 * access-log entries there), so that a missing address stops the start instead of failing every request.
 */
export function standaloneSettings(definition: Pick<ServiceDefinition<BaseContext>, 'ownsPlatformSchema'>): Array<keyof HubConfig> {
  return definition.ownsPlatformSchema ? ['DATABASE_URL', 'SERVICE_PORT'] : ['DATABASE_URL', 'SERVICE_PORT', 'IDENTITY_URL'];
}

/** One subgraph alone: DATABASE_URL and SERVICE_PORT required, listening on every interface. */
export async function runStandaloneService<Ctx extends BaseContext>(definition: ServiceDefinition<Ctx>): Promise<Platform> {
  const config = loadConfig();
  requireSettings(config, standaloneSettings(definition), `the ${definition.name} service`);
  await startTracing({ endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, service: definition.name });
  // The identity service owns the platform records (revocations among them) and reads them itself; the others ask it.
  const platform = await createPlatform(config, {
    service: definition.name,
    databaseUrl: config.DATABASE_URL!,
    revocations: definition.ownsPlatformSchema ? 'database' : 'owner',
  });
  const running = await runService(definition, platform, { port: config.SERVICE_PORT, host: '0.0.0.0' });
  platform.log.info({ port: running.port }, `${definition.name} service ready`);
  closeOnSignals(platform.log, async () => {
    await running.close();
    await platform.kv.close();
  });
  return platform;
}
