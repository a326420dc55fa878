// The hub as a cluster for the cluster test: every part a process of its own from the build, two replicas
// each, behind one HAProxy (a frontend per part, health checks on /ready, its admin socket to drain a
// server before it is stopped).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { freePort } from '../support/ports';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const PARTS = {
  gateway: 'dist/gateway/src/main.js',
  identity: 'dist/subgraphs/identity/src/main.js',
  taspen: 'dist/subgraphs/taspen/src/main.js',
  bpjstk: 'dist/subgraphs/bpjstk/src/main.js',
} as const;
export type Part = keyof typeof PARTS;

export function haproxyBinary(): string | null {
  for (const candidate of ['haproxy', '/usr/sbin/haproxy']) {
    if (spawnSync(candidate, ['-v']).status === 0) return candidate;
  }
  return null;
}

export interface Replica {
  part: Part;
  /** HAProxy's name for it: backend/server. */
  server: string;
  port: number;
  process?: ChildProcess;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function waitUntil(check: () => Promise<boolean>, timeoutMs = 60_000, everyMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(everyMs);
  }
  throw new Error('timed out waiting');
}

const ready = async (port: number) => (await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(2_000) })).status === 200;

export class Cluster {
  readonly replicas: Replica[] = [];
  frontends = {} as Record<Part, number>;
  private haproxy?: ChildProcess;
  private socket = '';

  constructor(
    private readonly workDir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.frontends.gateway}`;
  }

  async prepare(): Promise<void> {
    for (const part of Object.keys(PARTS) as Part[]) {
      this.frontends[part] = await freePort();
      for (const n of [1, 2]) this.replicas.push({ part, server: `${part}/${part}${n}`, port: await freePort() });
    }
    this.socket = path.join(this.workDir, 'haproxy.sock');
    const sections = (Object.keys(PARTS) as Part[]).map(
      (part) => `
frontend ${part}_in
  bind 127.0.0.1:${this.frontends[part]}
  default_backend ${part}
backend ${part}
  option httpchk GET /ready
  http-check expect status 200
${this.replicas
  .filter((r) => r.part === part)
  .map((r) => `  server ${r.server.split('/')[1]} 127.0.0.1:${r.port} check inter 1s fastinter 300ms downinter 300ms fall 3 rise 1`)
  .join('\n')}`,
    );
    const config = `global
  stats socket ${this.socket} mode 600 level admin
  maxconn 4000
defaults
  mode http
  balance roundrobin
  timeout connect 1s
  # Idle keep-alive connections are closed by the client side first (the gateway's agent after 30 s, fetch
  # after 4 s): a close by HAProxy racing a reused connection would fail a request that was never processed.
  timeout client 65s
  timeout server 65s
  timeout http-keep-alive 65s
  # Two cores run ten processes here: a slow /ready is not yet a dead replica.
  timeout check 3s
  # A connection refused or closed without an answer, or a 503 from a replica that is draining, is retried
  # on the other replica: such a request was not processed.
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response 503
${sections.join('\n')}
`;
    fs.writeFileSync(path.join(this.workDir, 'haproxy.cfg'), config);
    this.haproxy = spawn(haproxyBinary()!, ['-db', '-f', path.join(this.workDir, 'haproxy.cfg')], { stdio: ['ignore', 'ignore', 'inherit'] });
    await waitUntil(async () => fs.existsSync(this.socket));
  }

  private envOf(replica: Replica): NodeJS.ProcessEnv {
    const urls = {
      IDENTITY_URL: `http://127.0.0.1:${this.frontends.identity}/graphql`,
      TASPEN_URL: `http://127.0.0.1:${this.frontends.taspen}/graphql`,
      BPJSTK_URL: `http://127.0.0.1:${this.frontends.bpjstk}/graphql`,
    };
    return { ...this.env, ...urls, ...(replica.part === 'gateway' ? { PORT: String(replica.port) } : { SERVICE_PORT: String(replica.port) }) };
  }

  /** Starts the replica's process; resolves once its own /ready answers 200. */
  async start(replica: Replica): Promise<void> {
    replica.process = spawn(process.execPath, [path.join(ROOT, PARTS[replica.part])], { env: this.envOf(replica), stdio: ['ignore', 'ignore', 'inherit'] });
    const child = replica.process;
    await waitUntil(
      async () => {
        if (child.exitCode !== null) throw new Error(`${replica.server} exited with ${child.exitCode}`);
        return ready(replica.port);
      },
      90_000,
      150,
    );
  }

  async stop(replica: Replica, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = replica.process;
    if (!child || child.exitCode !== null || child.signalCode) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
  }

  async admin(command: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const connection = net.connect(this.socket);
      let out = '';
      connection.on('data', (chunk) => (out += chunk.toString()));
      connection.on('end', () => resolve(out));
      connection.on('error', reject);
      connection.write(`${command}\n`);
    });
  }

  /** HAProxy's view of one server: status (UP, DOWN, MAINT…) and requests it holds now. */
  async serverState(replica: Replica): Promise<{ status: string; current: number }> {
    const [backend, server] = replica.server.split('/');
    const csv = await this.admin('show stat');
    const header = csv.split('\n')[0].replace(/^# /, '').split(',');
    for (const line of csv.split('\n').slice(1)) {
      const fields = line.split(',');
      if (fields[0] === backend && fields[1] === server) {
        return { status: fields[header.indexOf('status')], current: Number(fields[header.indexOf('scur')]) };
      }
    }
    throw new Error(`no such server ${replica.server}`);
  }

  async waitForStatus(replica: Replica, status: string) {
    await waitUntil(async () => (await this.serverState(replica)).status.startsWith(status), 30_000);
  }

  /** Rolling restart of one replica: drain (no new requests), wait for its requests to finish, SIGTERM, start, back in. */
  async restart(replica: Replica): Promise<void> {
    await this.admin(`set server ${replica.server} state maint`);
    await waitUntil(async () => (await this.serverState(replica)).current === 0, 30_000, 50);
    await this.stop(replica);
    await this.start(replica);
    await this.admin(`set server ${replica.server} state ready`);
    await this.waitForStatus(replica, 'UP');
  }

  async close(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => this.stop(replica).catch(() => {})));
    if (this.haproxy && this.haproxy.exitCode === null) {
      const exited = new Promise<void>((resolve) => this.haproxy!.once('exit', () => resolve()));
      this.haproxy.kill('SIGTERM');
      await exited;
    }
  }
}
