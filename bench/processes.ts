// Server processes under test: started pinned to a CPU, waited for, measured from /proc, stopped.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

/** The layout on two cores: servers under test on CPU 0, the load generator and the other servers on CPU 1. */
export const CPU = { underTest: '0', support: '1' } as const;

export const hasTaskset = (() => {
  const probe = spawnSync('taskset', ['--version'], { stdio: 'ignore' });
  return probe.status === 0 && process.platform === 'linux';
})();

const CLOCK_TICKS = (() => {
  const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  return Number(out.stdout?.trim()) || 100;
})();

/** Pins this process and all its threads (the load generator) to a CPU. */
export function pinSelf(cpu: string): boolean {
  if (!hasTaskset) return false;
  return spawnSync('taskset', ['-a', '-cp', cpu, String(process.pid)], { stdio: 'ignore' }).status === 0;
}

export { freePort } from '#platform/db/embedded';

export interface ServerProcess {
  name: string;
  pid: number;
  port: number;
  child: ChildProcess;
  /** Last lines of output, for the error message when it does not come up. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  /** CPU list for taskset; unpinned when taskset is missing. */
  cpu?: string;
  /** Path answering 200 once the server is ready. */
  readyPath?: string;
  timeoutMs?: number;
  cwd?: string;
}

export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const [command, args] = options.cpu && hasTaskset ? ['taskset', ['-c', options.cpu, options.command, ...options.args]] : [options.command, options.args];
  const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  const server: ServerProcess = {
    name: options.name,
    pid: child.pid!,
    port: options.port,
    child,
    output: () => lines.join('\n'),
    stop: () => stopChild(child),
  };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const url = `http://127.0.0.1:${options.port}${options.readyPath ?? '/health'}`;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`${options.name} exited with ${exited}:\n${server.output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await server.stop();
  throw new Error(`${options.name} did not answer ${url} within ${options.timeoutMs ?? 60_000} ms:\n${server.output()}`);
}

export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU time (user + system) a process has used so far, in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / CLOCK_TICKS;
}

/** Peak resident memory (VmHWM) of a process, in MiB. */
export function peakRssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+)\s+kB/.exec(status);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** The node process itself when started through taskset (taskset execs, so the pid is the same). */
export const procAvailable = fs.existsSync('/proc/self/stat');
