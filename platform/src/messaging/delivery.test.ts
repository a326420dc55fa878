// The outbox delivery worker against a real database: delivered, retried with backoff, failed. The outbox is
// a service's own (`svc.outbox` here, made as the services' migrations make theirs).
import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '#platform/testing/test-database';
import { createLogger } from '../logger';
import type { Logger } from '../logger';
import { backoffSeconds, failedRoundRetryMs, MAX_ATTEMPTS, startOutboxDelivery, type DeliveryWorker } from './delivery';
import { countOutbox, total } from './outbox-stats';
import type { DeliverableMessage, Transports } from './transports';

let database: TestDatabase;
let pool: Pool;
const log = createLogger({ level: 'silent', service: 'test' });
const workers: DeliveryWorker[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  pool = new Pool({ connectionString: database.url, max: 4 });
  await pool.query(`
    create schema svc;
    create table svc.outbox (
      id bigserial primary key, channel text not null, recipient text not null, subject text, body text not null,
      kind text not null default 'GENERAL', status text not null default 'PENDING', attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(), last_error text, dedupe_key text unique,
      created_at timestamptz not null default now(), sent_at timestamptz)`);
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

beforeEach(async () => {
  await pool.query('delete from svc.outbox');
});

afterEach(async () => {
  // A worker of one test must not pick up the next test's messages.
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});

function worker(transports: Transports, production = false) {
  // No polling: the test drives the rounds itself with runOnce().
  const w = startOutboxDelivery({ pool, schema: 'svc', transports, production, log, poll: false });
  workers.push(w);
  return w;
}

async function queue(channel: 'EMAIL' | 'SMS', to: string, kind = 'OTP_TEST') {
  await pool.query(`insert into svc.outbox (channel, recipient, subject, body, kind) values ($1, $2, 'S', 'Halo', $3)`, [channel, to, kind]);
}

const rows = async () => (await pool.query('select status, attempts, last_error, sent_at, next_attempt_at from svc.outbox order by id')).rows;

test('outside production a message without a transport is marked SENT', async () => {
  await queue('EMAIL', 'a@example.com');
  await worker({}).runOnce();
  const [row] = await rows();
  expect(row).toMatchObject({ status: 'SENT', attempts: 1, last_error: null });
  expect(row.sent_at).toBeInstanceOf(Date);
});

test('each message goes through the transport of its channel', async () => {
  const sent: DeliverableMessage[] = [];
  const transport = { send: async (m: DeliverableMessage) => void sent.push(m) };
  await queue('EMAIL', 'b@example.com');
  await queue('SMS', '+6281234567890');
  await worker({ EMAIL: transport, SMS: transport }).runOnce();
  expect(sent.map((m) => [m.channel, m.to])).toEqual([
    ['EMAIL', 'b@example.com'],
    ['SMS', '+6281234567890'],
  ]);
  // The provider's idempotency key names the outbox: another service's outbox has the same ids.
  expect(sent.every((m) => /^svc-\d+$/.test(m.id ?? ''))).toBe(true);
});

test('a failed send is retried later with backoff, and FAILED after the last attempt', async () => {
  const failing = {
    send: async () => {
      throw new Error('gateway down');
    },
  };
  await queue('SMS', '+6281234567891');
  const w = worker({ SMS: failing });
  await w.runOnce();
  let [row] = await rows();
  expect(row).toMatchObject({ status: 'PENDING', attempts: 1, last_error: 'gateway down' });
  expect(row.next_attempt_at.getTime()).toBeGreaterThan(Date.now());
  // Not due yet: the next round leaves it alone.
  expect(await w.runOnce()).toBe(0);
  for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
    await pool.query('update svc.outbox set next_attempt_at = now()');
    await w.runOnce();
  }
  [row] = await rows();
  expect(row).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS });
  const counts = await countOutbox(pool, 'svc');
  expect(total(counts, 'FAILED', 'OTP')).toBe(1);
});

test('in production a channel without a transport is not pretended sent', async () => {
  await queue('EMAIL', 'c@example.com');
  await worker({}, true).runOnce();
  const [row] = await rows();
  expect(row.status).toBe('PENDING');
  expect(row.last_error).toMatch(/no transport/);
});

test('two workers never deliver the same message twice', async () => {
  const sent: string[] = [];
  const slow = {
    send: async (m: DeliverableMessage) => {
      sent.push(m.to);
      await new Promise((r) => setTimeout(r, 20));
    },
  };
  for (let i = 0; i < 10; i++) await queue('EMAIL', `p${i}@example.com`);
  const [a, b] = [worker({ EMAIL: slow }), worker({ EMAIL: slow })];
  await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);
  expect(sent.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `p${i}@example.com`).sort());
});

test('backoff doubles from 10 seconds up to 10 minutes', () => {
  expect([1, 2, 3, 4, 10].map(backoffSeconds)).toEqual([10, 20, 40, 80, 600]);
});

describe('rounds that fail in a row (the database is down)', () => {
  afterEach(() => jest.useRealTimers());

  test('are tried twice as late each time, up to 30 s, and the first round that works again says so', async () => {
    jest.useFakeTimers();
    let down = true;
    const idle = { query: async () => ({ rows: [] }), on: () => {}, off: () => {}, release: () => {} };
    const stub = {
      connect: async () => {
        if (down) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        return idle;
      },
    };
    const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
    const record = (level: string) => (fields: Record<string, unknown>, message: string) => void lines.push({ level, fields, message });
    const fakeLog = { error: record('error'), warn: record('warn'), info: record('info') } as unknown as Logger;
    const w = startOutboxDelivery({ pool: stub as unknown as Pool, schema: 'svc', transports: {}, production: false, log: fakeLog, intervalMs: 1_000 });
    workers.push(w);

    // A minute down: at 0, 2, 6, 14 and 30 s (then every 30 s), not 60 rounds and 60 lines.
    await jest.advanceTimersByTimeAsync(59_000);
    expect(lines.map((line) => [line.level, line.fields.retryInMs])).toEqual([
      ['error', 2_000],
      ['error', 4_000],
      ['error', 8_000],
      ['error', 16_000],
      ['error', 30_000],
    ]);
    down = false;
    await jest.advanceTimersByTimeAsync(2_000);
    expect(lines.slice(5)).toEqual([{ level: 'info', fields: { failedRounds: 5 }, message: 'outbox delivery works again' }]);
    // Then back to the usual interval, without a line per round.
    await jest.advanceTimersByTimeAsync(5_000);
    expect(lines).toHaveLength(6);
    expect(failedRoundRetryMs(1_000, 20)).toBe(30_000);
  });
});
