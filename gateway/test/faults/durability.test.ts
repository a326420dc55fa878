// Fault: the hub on its embedded default (no DATABASE_URL), run as a real process from the build, is killed
// with SIGKILL together with every process of its PostgreSQL in the middle of writes. Restarted on the same
// HUB_DATA_DIR, every write it had acknowledged is there. Also: the superuser password is random and kept in
// the data directory (0600); command-line tools attach to the running hub's server and leave its lock file
// alone; backup while it runs, restore (refused while it runs) brings back exactly the backed-up state; its
// PostgreSQL killed alone is started again by the hub, which says so.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../support/ports';
import { eventually, sleep } from '../support/faults';
import { bpuInput } from '../support/registrations';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist/gateway/src/cli.js');
const START = `mutation StartRegistration($input: StartRegistrationInput!) { startRegistration(input: $input) { registrationId } }`;
const REGISTER_BPU = `mutation RegisterBpuParticipant($input: BpuRegistrationInput!) { registerBpuParticipant(input: $input) { id } }`;

let dataDir: string;
let port: number;
let hub: ChildProcess | undefined;
/** What the running hub printed (warnings and errors). */
let output = '';
const figures: Record<string, number> = {};

function environment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HUB_DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    OTP_SENDS_PER_IP_PER_HOUR: '100000',
    APOLLO_TELEMETRY_DISABLED: '1',
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  return env;
}

async function startHub(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [CLI, 'start'], { env: environment(), stdio: ['ignore', 'pipe', 'ignore'] });
  output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const up = await eventually(async () => (await fetch(`http://127.0.0.1:${port}/ready`)).status === 200, 90_000, 250);
  if (!up) throw new Error('the hub did not become ready');
  return child;
}

function cli(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { env: environment(), encoding: 'utf8', timeout: 60_000 });
}

const databaseDir = () => path.join(dataDir, 'postgres');
const postmasterPid = () => Number(fs.readFileSync(path.join(databaseDir(), 'postmaster.pid'), 'utf8').split('\n')[0]);

function postgresProcesses(): number[] {
  const postmaster = postmasterPid();
  const children = fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    });
  return [postmaster, ...children.map(Number)];
}

/** A SQL connection to the hub's embedded server, with the password from the data directory. */
async function sql(): Promise<Client> {
  const lines = fs.readFileSync(path.join(databaseDir(), 'postmaster.pid'), 'utf8').split('\n');
  const password = fs.readFileSync(path.join(dataDir, 'postgres-superuser-password'), 'utf8').trim();
  const client = new Client({ host: '127.0.0.1', port: Number(lines[3]), user: 'postgres', password, database: 'hub' });
  await client.connect();
  return client;
}

async function gql(query: string, variables: Record<string, unknown>) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, { registrationId?: string; id?: string } | null>; errors?: unknown[] };
}

async function register(): Promise<string | undefined> {
  const result = await gql(START, { input: { agency: 'TASPEN', email: `durable-${randomUUID()}@example.id` } });
  return result.data?.startRegistration?.registrationId;
}

let serial = 0;
async function registerBpu(): Promise<string | undefined> {
  const n = ++serial;
  const nik = `32730101019${String(n).padStart(5, '0')}`.slice(0, 16);
  const person = { nik, fullName: `Peserta Tahan ${n}`, birthDate: '1990-01-01', email: `bpu-${n}@example.id`, phone: `0812777${String(n).padStart(5, '0')}` };
  const result = await gql(REGISTER_BPU, { input: bpuInput({ ...person, programs: ['JKK', 'JKM'], address: 'Jl. Uji 1' }) });
  return result.data?.registerBpuParticipant?.id;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-durable-'));
  fs.chmodSync(dataDir, 0o755);
  port = await freePort();
  hub = await startHub();
}, 120_000);

afterAll(async () => {
  if (hub && hub.exitCode === null) {
    hub.kill('SIGTERM');
    await new Promise((resolve) => hub!.once('exit', resolve));
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.stdout.write(`durability figures: ${JSON.stringify(figures)}\n`);
});

test('the embedded server keeps a random superuser password (0600), not postgres/postgres, and writes with fsync on', async () => {
  const file = path.join(dataDir, 'postgres-superuser-password');
  expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  expect(fs.readFileSync(file, 'utf8').trim().length).toBeGreaterThanOrEqual(24);
  const client = await sql();
  try {
    expect((await client.query('show fsync')).rows[0].fsync).toBe('on');
    expect((await client.query('show synchronous_commit')).rows[0].synchronous_commit).toBe('on');
  } finally {
    await client.end();
  }
  const port = Number(fs.readFileSync(path.join(databaseDir(), 'postmaster.pid'), 'utf8').split('\n')[3]);
  const guess = new Client({ host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'postgres' });
  await expect(guess.connect()).rejects.toThrow(/password authentication failed/);
});

test('its PostgreSQL killed alone is started again by the hub, which says so; /ready and writes come back without a restart of the hub', async () => {
  const killed = postmasterPid();
  process.kill(killed, 'SIGKILL');
  const back = await eventually(
    async () => postmasterPid() !== killed && (await fetch(`http://127.0.0.1:${port}/ready`)).status === 200 && (await register()) !== undefined,
    60_000,
    250,
  );
  expect(back).toBe(true);
  expect(hub!.exitCode).toBeNull();
  const lines = output.split('\n').filter((line) => line.includes('embedded PostgreSQL exited unexpectedly'));
  expect(lines).toHaveLength(1);
  expect(JSON.parse(lines[0])).toMatchObject({ level: 'error', signal: 'SIGKILL' });
});

test('SIGKILL of the hub and its PostgreSQL in the middle of writes loses no acknowledged write', async () => {
  const acknowledged = { identity: [] as string[], bpjstk: [] as string[] };
  let writing = true;
  const writer = async (kind: keyof typeof acknowledged) => {
    while (writing) {
      const id = await (kind === 'identity' ? register() : registerBpu()).catch(() => undefined);
      if (id && writing) acknowledged[kind].push(id);
      else if (!id) await sleep(20);
    }
  };
  const load = Promise.all(['identity', 'identity', 'identity', 'bpjstk', 'bpjstk', 'bpjstk'].map((kind) => writer(kind as keyof typeof acknowledged)));
  await eventually(async () => acknowledged.identity.length >= 20 && acknowledged.bpjstk.length >= 20, 60_000, 50);
  const doomed = postgresProcesses();
  // Answers that arrive from here on may or may not have been written: only those counted before the kill count.
  const counted = { identity: [...acknowledged.identity], bpjstk: [...acknowledged.bpjstk] };
  hub!.kill('SIGKILL');
  for (const pid of doomed) process.kill(pid, 'SIGKILL');
  writing = false;
  await load;
  await new Promise((resolve) => (hub!.exitCode !== null || hub!.signalCode ? resolve(null) : hub!.once('exit', resolve)));
  expect(counted.identity.length + counted.bpjstk.length).toBeGreaterThanOrEqual(40);

  hub = await startHub();
  const client = await sql();
  try {
    const identity = await client.query('select count(*)::int as n from identity.registration where id = any($1::uuid[])', [counted.identity]);
    const bpjstk = await client.query('select count(*)::int as n from bpjstk.bpu_registration where id = any($1::uuid[])', [counted.bpjstk]);
    figures.acknowledgedBeforeKill = counted.identity.length + counted.bpjstk.length;
    figures.foundAfterRestart = identity.rows[0].n + bpjstk.rows[0].n;
    expect(identity.rows[0].n).toBe(counted.identity.length);
    expect(bpjstk.rows[0].n).toBe(counted.bpjstk.length);
  } finally {
    await client.end();
  }
  // And it goes on taking writes.
  expect(await register()).toEqual(expect.any(String));
});

test('command-line tools attach to the running hub and leave its lock file alone; a second hub on the same data is refused', async () => {
  const pid = postmasterPid();
  const audit = cli('audit-verify');
  expect(audit.stderr).toBe('');
  expect(audit.stdout).toMatch(/^ok: \d+ entries/);
  expect(audit.status).toBe(0);
  expect(postmasterPid()).toBe(pid);
  expect(await register()).toEqual(expect.any(String));

  const second = cli('start');
  expect(second.status).not.toBe(0);
  expect(second.stderr).toMatch(/already running on .* Stop it first/);
  expect(postmasterPid()).toBe(pid);
  expect(await register()).toEqual(expect.any(String));
});

test('backup while the hub runs; restore is refused while it runs, and once stopped brings back exactly the backed-up writes', async () => {
  const before = await register();
  const target = path.join(dataDir, '..', `${path.basename(dataDir)}-backup`);
  const backup = cli('backup', target);
  expect(backup.stderr).toBe('');
  expect(backup.stdout).toMatch(/^backup: \d+ files to .*taken while the hub ran/);
  const after = await register();

  const refused = cli('restore', target);
  expect(refused.status).not.toBe(0);
  expect(refused.stderr).toMatch(/is running on .* Stop it before restoring/);

  hub!.kill('SIGTERM');
  await new Promise((resolve) => hub!.once('exit', resolve));
  try {
    const restored = cli('restore', target);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    hub = await startHub();
    const client = await sql();
    try {
      const { rows } = await client.query('select id from identity.registration where id = any($1::uuid[])', [[before, after]]);
      expect(rows.map((row) => row.id)).toEqual([before]);
    } finally {
      await client.end();
    }
  } finally {
    fs.rmSync(target, { recursive: true, force: true });
  }
});
