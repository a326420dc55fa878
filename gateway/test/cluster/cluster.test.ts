// The hub as many processes (npm run test:cluster): two gateway replicas and two replicas of each subgraph,
// each a process of its own from the build, behind HAProxy (health checks on /ready), on one PostgreSQL
// database and one Redis (the run's DATABASE_URL server and REDIS_URL, or the test's own redis-server).
// Shown: six subgraph processes started at once apply each migration once; an OTP started on one identity
// replica is verified on the other; rate limits and revocations hold across gateways; the outbox, delivered
// by both identity replicas, sends each message exactly once; a rolling restart of every replica under a
// steady load fails no request; a gateway killed with SIGKILL costs at most the requests it held.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { PLATFORM_MIGRATIONS } from '#platform/db/platform-schema';
import { migrations as identityMigrations } from '../../../subgraphs/identity/src/migrations';
import { migrations as taspenMigrations } from '../../../subgraphs/taspen/src/migrations';
import { migrations as bpjstkMigrations } from '../../../subgraphs/bpjstk/src/migrations';
import { createTestDatabase, type TestDatabase } from '#platform/testing/test-database';
import { startOwnRedis, redisServerBinary, type OwnRedis } from '../support/redis-server';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/sms-gateway';
import { Cluster, haproxyBinary, waitUntil, type Replica } from './cluster';

const describeCluster = haproxyBinary() && (process.env.REDIS_URL || redisServerBinary()) ? describe : describe.skip;
jest.setTimeout(300_000);

const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const LOGOUT = `mutation { logout }`;
const DASHBOARD = `query HubDashboard { hubDashboard { taspenSubmissionsByStatus { status count } jhtClaimsByStatus { status count } otpDelivery { sent } } }`;
const START = `mutation StartRegistration($input: StartRegistrationInput!) { startRegistration(input: $input) { registrationId nextStep } }`;
const VERIFY = `mutation VerifyRegistrationOtp($registrationId: ID!, $code: String!) { verifyRegistrationOtp(registrationId: $registrationId, code: $code) { nextStep } }`;

type Result = { status: number; data?: Record<string, any>; errors?: Array<{ extensions?: { code?: string } }> };

async function gql(baseUrl: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Result> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as Omit<Result, 'status'>;
  return { status: response.status, ...body };
}

const figures: Record<string, number> = {};

describeCluster('the hub as a cluster behind HAProxy', () => {
  let workDir: string;
  let database: TestDatabase;
  let sql: Client;
  let redis: OwnRedis | null = null;
  let sms: FakeSmsGateway;
  let cluster: Cluster;
  const gatewayUrl = (n: 1 | 2) => `http://127.0.0.1:${cluster.replicas.find((r) => r.server === `gateway/gateway${n}`)!.port}`;
  const replica = (server: string) => cluster.replicas.find((r) => r.server === server)!;

  beforeAll(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-cluster-'));
    fs.chmodSync(workDir, 0o755);
    database = await createTestDatabase();
    sql = new Client({ connectionString: database.url });
    await sql.connect();
    if (!process.env.REDIS_URL) redis = await startOwnRedis();
    sms = await startFakeSmsGateway();
    cluster = new Cluster(workDir, {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      APOLLO_TELEMETRY_DISABLED: '1',
      HUB_DATA_DIR: workDir,
      DATABASE_URL: database.url,
      REDIS_URL: process.env.REDIS_URL ?? redis!.url,
      REDIS_KEY_PREFIX: `cluster:${randomUUID().slice(0, 8)}:`,
      TRUST_PROXY: 'loopback',
      SMS_GATEWAY_URL: sms.url,
      OUTBOX_POLL_MS: '200',
      OTP_SENDS_PER_IP_PER_HOUR: '3',
      DB_POOL_MAX: '4',
    });
    await cluster.prepare();
    // Six subgraph processes at once on an empty database, then the two gateways.
    await Promise.all(cluster.replicas.filter((r) => r.part !== 'gateway').map((r) => cluster.start(r)));
    await Promise.all(cluster.replicas.filter((r) => r.part === 'gateway').map((r) => cluster.start(r)));
    for (const r of cluster.replicas) await cluster.waitForStatus(r, 'UP');
  });

  afterAll(async () => {
    await cluster?.close();
    await sql?.end();
    await database?.drop();
    await redis?.close();
    await sms?.close();
    fs.rmSync(workDir, { recursive: true, force: true });
    process.stdout.write(`cluster figures: ${JSON.stringify(figures)}\n`);
  });

  test('six subgraph processes starting at once applied each migration exactly once', async () => {
    const expected = { identity: identityMigrations.length, taspen: taspenMigrations.length, bpjstk: bpjstkMigrations.length };
    let applied = 0;
    for (const [schema, count] of Object.entries(expected)) {
      const { rows } = await sql.query(`select name, count(*)::int as n from "${schema}".mikro_orm_migrations group by name`);
      expect(rows).toHaveLength(count);
      expect(rows.filter((row) => row.n !== 1)).toEqual([]);
      applied += rows.length;
    }
    const platform = await sql.query('select name, count(*)::int as n from platform.mikro_orm_migrations group by name');
    expect(platform.rows).toHaveLength(PLATFORM_MIGRATIONS.length);
    expect(platform.rows.filter((row) => row.n !== 1)).toEqual([]);
    figures.migrationsAppliedOnce = applied + platform.rows.length;
  });

  test('an OTP started on one identity replica is verified on the other', async () => {
    const email = `cluster-${randomUUID()}@example.id`;
    const identity1 = `http://127.0.0.1:${replica('identity/identity1').port}`;
    const identity2 = `http://127.0.0.1:${replica('identity/identity2').port}`;
    const started = await gql(identity1, START, { input: { agency: 'TASPEN', email } }, { 'x-forwarded-for': '10.20.0.1' });
    expect(started.errors).toBeUndefined();
    const { rows } = await sql.query('select body from identity.outbox where recipient = $1', [email]);
    const code = /(\d{6})/.exec(rows[0].body)![1];
    const verified = await gql(identity2, VERIFY, { registrationId: started.data!.startRegistration.registrationId, code }, { 'x-forwarded-for': '10.20.0.1' });
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.verifyRegistrationOtp.nextStep).not.toBe('VERIFY_EMAIL');
  });

  test('rate limits and revocations hold across gateway replicas', async () => {
    const ip = { 'x-forwarded-for': '10.20.0.2' };
    const codes: Array<string | undefined> = [];
    for (const n of [1, 2, 1, 2] as const) {
      const result = await gql(gatewayUrl(n), START, { input: { agency: 'TASPEN', email: `limit-${randomUUID()}@example.id` } }, ip);
      codes.push(result.errors?.[0]?.extensions?.code);
    }
    expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);

    const login = await gql(gatewayUrl(1), LOGIN, { email: 'officer.taspen@hub.local', password: 'dev-staff-password' });
    const auth = { authorization: `Bearer ${login.data!.login.accessToken}` };
    expect((await gql(gatewayUrl(2), DASHBOARD, {}, auth)).errors).toBeUndefined();
    expect((await gql(gatewayUrl(2), LOGOUT, {}, auth)).data?.logout).toBe(true);
    const after = await gql(gatewayUrl(1), DASHBOARD, {}, auth);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('the outbox, delivered by both identity replicas at once, sends each message exactly once', async () => {
    const count = 60;
    const { rows } = await sql.query(
      `insert into identity.outbox (channel, recipient, body) select 'SMS', '0812' || lpad(n::text, 8, '0'), 'cluster message ' || n
         from generate_series(1, $1) as n returning id`,
      [count],
    );
    const keys = rows.map((row) => `outbox-identity-${row.id}`);
    await waitUntil(async () => keys.every((key) => sms.received.some((r) => r.key === key)), 60_000, 200);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // a late duplicate would arrive now
    const ours = sms.received.filter((r) => r.key && keys.includes(r.key));
    expect(ours).toHaveLength(count);
    expect(new Set(ours.map((r) => r.key)).size).toBe(count);
    figures.outboxMessagesSentOnce = count;
  });

  async function steadyLoad(workers: number) {
    const login = await gql(cluster.url, LOGIN, { email: 'officer.bpjstk@hub.local', password: 'dev-staff-password' });
    const auth = { authorization: `Bearer ${login.data!.login.accessToken}` };
    const outcome = { ok: 0, failed: 0, failures: [] as string[] };
    let running = true;
    const worker = async () => {
      while (running) {
        try {
          const result = await gql(cluster.url, DASHBOARD, {}, auth);
          if (result.status === 200 && !result.errors && result.data) outcome.ok += 1;
          else {
            outcome.failed += 1;
            outcome.failures.push(`${result.status} ${JSON.stringify(result.errors ?? '')}`.slice(0, 200));
          }
        } catch (error) {
          outcome.failed += 1;
          outcome.failures.push(String(error).slice(0, 200));
        }
      }
    };
    const all = Promise.all(Array.from({ length: workers }, worker));
    return {
      outcome,
      stop: async () => {
        running = false;
        await all;
      },
    };
  }

  test('a rolling restart of every replica under a steady load fails no request', async () => {
    const load = await steadyLoad(3);
    for (const r of cluster.replicas) await cluster.restart(r);
    await load.stop();
    figures.rollingRestartRequests = load.outcome.ok + load.outcome.failed;
    figures.rollingRestartFailed = load.outcome.failed;
    figures.replicasRestarted = cluster.replicas.length;
    expect(load.outcome.failures).toEqual([]);
    expect(load.outcome.ok).toBeGreaterThan(cluster.replicas.length);
  });

  test('a gateway replica killed with SIGKILL under load costs at most the requests it held', async () => {
    const workers = 6;
    const load = await steadyLoad(workers);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const victim: Replica = replica('gateway/gateway2');
    await cluster.stop(victim, 'SIGKILL');
    await cluster.waitForStatus(victim, 'DOWN');
    const before = load.outcome.ok;
    await waitUntil(async () => load.outcome.ok > before + 20, 30_000);
    await load.stop();
    figures.sigkillRequests = load.outcome.ok + load.outcome.failed;
    figures.sigkillFailed = load.outcome.failed;
    // Each load worker has one request in flight at a time: the replica held at most `workers` of them.
    expect(load.outcome.failed).toBeLessThanOrEqual(workers);
    await cluster.start(victim);
  });
});
