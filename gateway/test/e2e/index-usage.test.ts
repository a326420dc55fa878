// The hot lookups are served by an index: the planner is asked (EXPLAIN) with sequential scans
// discouraged, so a missing index shows up as a Seq Scan even on the small seeded tables.
import type { PoolClient } from 'pg';
import { startTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
let client: PoolClient;

beforeAll(async () => {
  hub = await startTestHub({ OUTBOX_POLL_MS: '3600000' });
  client = await hub.pool.connect();
  await client.query('set enable_seqscan = off');
});

afterAll(async () => {
  client?.release();
  await hub?.close();
});

const NIK = '3173051203850001';

async function plan(sql: string, params: unknown[]): Promise<string> {
  const result = await client.query(`explain ${sql}`, params);
  return result.rows.map((row) => row['QUERY PLAN']).join('\n');
}

const INDEXED = /Index Scan|Index Only Scan|Bitmap Index Scan/;

const LOOKUPS: Array<[string, string, unknown[]]> = [
  ['a person by NIK in identity', 'select * from identity.person where nik = $1', [NIK]],
  ['the accounts of a NIK in identity', 'select * from identity.account where nik = $1', [NIK]],
  ['a Taspen participant by NIK', 'select * from taspen.participant where nik = $1', [NIK]],
  ['a BPJS TK participant by NIK', 'select * from bpjstk.participant where nik = $1', [NIK]],
  ['Taspen participants of a list of NIKs', 'select * from taspen.participant where nik = any($1)', [[NIK, '1173015508720002']]],
  ['the Taspen submissions of a NIK, newest first', 'select * from taspen.submission where nik = any($1) order by submitted_at desc, id desc', [[NIK]]],
  [
    'a Taspen submission by account and idempotency key',
    'select * from taspen.submission where account_id = $1 and idempotency_key = $2',
    ['00000000-0000-0000-0000-000000000000', 'k'],
  ],
  ['the JHT claims of a NIK', 'select * from bpjstk.jht_claim where nik = any($1) order by submitted_at desc', [[NIK]]],
  [
    'the queue slots of a branch, service and day',
    'select * from bpjstk.queue_slot where branch_id = $1 and service = $2 and starts_at >= $3 and starts_at < $4',
    ['x', 'REGISTRATION', '2026-11-23T00:00:00Z', '2026-11-24T00:00:00Z'],
  ],
  ['the queue tickets of a NIK', 'select * from bpjstk.queue_ticket where nik = any($1) order by slot_starts_at desc', [[NIK]]],
  ['a JHT ledger of a KPJ', 'select * from bpjstk.contribution_ledger where kpj = $1', ['09012345678']],
];

describe('hot lookups use an index', () => {
  test.each(LOOKUPS)('%s', async (_name, sql, params) => {
    const text = await plan(sql, params);
    expect(text).toMatch(INDEXED);
    expect(text).not.toMatch(/Seq Scan/);
  });
});
