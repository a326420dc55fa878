// `npm start` and `npm run hub -- <command>`: the hub's command line.
import './compile-cache';
import 'reflect-metadata';
import { ConfigError, loadConfig } from '#platform/config';
import { EmbeddedDatabaseInUseError, takeOverShutdownSignals } from '#platform/db/embedded';
import { auditVerifyCommand } from './audit-verify-command';
import { backupEmbedded, restoreEmbedded } from './backup-command';
import { startHub } from './hub';
import { seedCommand } from './seed-command';
import { startTracing } from '#platform/tracing/index';
import { createAdmin } from '../../subgraphs/identity/src/cli/create-admin';

async function start() {
  const config = loadConfig();
  await startTracing({ endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, service: 'hub' });
  const hub = await startHub({ config });
  hub.platform.log.info(`Participant graph hub ready at ${hub.url}`);
  process.stdout.write(`\nParticipant graph hub: ${hub.url}\n  health: http://localhost:${hub.port}/health   ready: http://localhost:${hub.port}/ready\n\n`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    hub.platform.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    try {
      await hub.close();
      hub.platform.log.info({ signal }, 'stopped: requests answered, database and key-value store closed');
      process.exit(0);
    } catch (error) {
      hub.platform.log.error({ error }, 'shutdown failed');
      process.exit(1);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
  // The hub stops its embedded database itself, last, once the requests in flight are answered.
  takeOverShutdownSignals();
}

const commands: Record<string, (args: string[]) => Promise<void>> = {
  start: () => start(),
  'create-admin': (args) => createAdmin(args),
  'audit-verify': () => auditVerifyCommand(loadConfig()),
  seed: (args) => seedCommand(loadConfig(), args),
  backup: async (args) => void (await backupEmbedded(loadConfig(), args[0], (line) => process.stdout.write(`${line}\n`))),
  restore: async (args) => restoreEmbedded(loadConfig(), args[0], (line) => process.stdout.write(`${line}\n`)),
};

async function main() {
  const [command = 'start', ...args] = process.argv.slice(2);
  const run = commands[command];
  if (!run) {
    process.stderr.write(`Unknown command "${command}". Commands: ${Object.keys(commands).join(', ')}\n`);
    process.exit(2);
  }
  await run(args);
}

main().catch((error) => {
  const plain = error instanceof ConfigError || error instanceof EmbeddedDatabaseInUseError || error?.plain;
  process.stderr.write(`${plain ? error.message : (error?.stack ?? error)}\n`);
  process.exit(1);
});
