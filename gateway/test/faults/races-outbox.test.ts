// Faults of timing: the payment webhook delivered 50 times at once and out of order is applied once per
// payment code; identical JHT claims and queue bookings raced give one each; the outbox keeps every message
// across a restart of the process — nothing lost, nothing sent twice.
import { randomUUID } from 'node:crypto';
import { loadConfig } from '#platform/config';
import { createLogger } from '#platform/logger';
import { startHub, type Hub } from '../../src/hub';
import { createTestDatabase, type TestDatabase } from '#platform/testing/test-database';
import { useTestHub } from '../support/test-hub';
import { DEWI as DEWI0, jhtClaimInput, postSigned, withAccount } from '../support/bpjstk';
import { participantToken } from '../support/tokens';
import { JOKO, SARI, bpuInput } from '../support/registrations';
import { startFakeSmsGateway } from '../support/sms-gateway';
import { eventually, sleep } from '../support/faults';

const REGISTER_BPU = `mutation RegisterBpuParticipant($input: BpuRegistrationInput!) {
  registerBpuParticipant(input: $input) { id status kpj paymentCode { code amount expiresAt } }
}`;
const SUBMIT_CLAIM = `mutation SubmitJhtClaim($input: JhtClaimInput!) { submitJhtClaim(input: $input) { id status } }`;
const BOOK = `mutation BookQueueTicket($input: QueueBookingInput!) { bookQueueTicket(input: $input) { id number status } }`;

const PEOPLE = [
  { ...SARI, phone: '081234500001' },
  { ...JOKO, phone: '081234500002' },
];

function shuffle<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A working day (Mon–Fri) at least `days` ahead, as YYYY-MM-DD in Jakarta. */
function workingDayAhead(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  while ([0, 6].includes(date.getUTCDay())) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

describe('races', () => {
  const hub = useTestHub();

  test('the payment webhook delivered 50 times at once, out of order, for two payment codes is applied once per code', async () => {
    const codes: Array<{ code: string; amount: number; kpj: string }> = [];
    for (const person of PEOPLE) {
      const result = await hub.gql(REGISTER_BPU, { input: bpuInput({ ...person, email: `${person.nik}@example.id` }) });
      const registration = result.data!.registerBpuParticipant;
      // The registrant's answer names no KPJ (a registration reveals nothing): read it where BPJS TK keeps it.
      const { rows } = await hub.pool.query(`select kpj from bpjstk.participant where nik = $1`, [person.nik]);
      codes.push({ code: registration.paymentCode.code, amount: registration.paymentCode.amount, kpj: rows[0].kpj });
    }
    const secret = hub.platform.config.paymentWebhookSecret;
    // Per code: the bank's reference retried 20 times, and 5 stray notices with other references.
    const notices = shuffle(
      codes.flatMap(({ code, amount }) => {
        const reference = `bank-${randomUUID()}`;
        return [
          ...Array.from({ length: 20 }, () => ({ reference, paymentCode: code, amount })),
          ...Array.from({ length: 5 }, () => ({ reference: `stray-${randomUUID()}`, paymentCode: code, amount })),
        ];
      }),
    );
    expect(notices).toHaveLength(50);
    const results = await Promise.all(
      notices.map((notice) => postSigned(hub.baseUrl, '/webhooks/payments', secret, { ...notice, paidAt: new Date().toISOString() })),
    );

    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    expect(results.filter((r) => r.body?.status === 'applied')).toHaveLength(2);
    for (const { code, kpj } of codes) {
      const applied = notices.filter((n, i) => n.paymentCode === code && results[i].body?.status === 'applied');
      expect(applied).toHaveLength(1);
      const payments = await hub.pool.query(`select count(*)::int as n from bpjstk.payment where payment_code = $1`, [code]);
      expect(payments.rows[0].n).toBe(1);
      const ledger = await hub.pool.query(`select count(*)::int as n from bpjstk.contribution_ledger where kpj = $1`, [kpj]);
      expect(ledger.rows[0].n).toBe(1);
      const cards = await hub.pool.query(`select count(*)::int as n from bpjstk.card where number = $1`, [kpj]);
      expect(cards.rows[0].n).toBe(1);
      const status = await hub.pool.query(`select status from bpjstk.participant where kpj = $1`, [kpj]);
      expect(status.rows[0].status).toBe('ACTIVE');
    }
    const mails = await hub.pool.query(`select count(*)::int as n from bpjstk.outbox where kind = 'KPJ_CARD'`);
    expect(mails.rows[0].n).toBe(2);
  });

  test('identical JHT claims raced give one claim; other keys for the same person are refused while it is open', async () => {
    const dewi = await withAccount(hub, DEWI0);
    const token = await participantToken(hub, dewi);
    const input = await jhtClaimInput(hub, token, dewi);
    const results = await Promise.all([
      ...Array.from({ length: 12 }, () => hub.gql(SUBMIT_CLAIM, { input }, { token })),
      ...Array.from({ length: 4 }, () => hub.gql(SUBMIT_CLAIM, { input: { ...input, idempotencyKey: randomUUID() } }, { token })),
    ]);
    const ids = new Set(results.filter((r) => r.data?.submitJhtClaim).map((r) => r.data!.submitJhtClaim.id));
    expect(ids.size).toBe(1);
    const refused = results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code);
    expect(refused.every((code) => code === 'CONFLICT')).toBe(true);
    const { rows } = await hub.pool.query(`select count(*)::int as n from bpjstk.jht_claim where nik = $1`, [dewi.nik]);
    expect(rows[0].n).toBe(1);
  });

  test('identical queue bookings raced give one ticket', async () => {
    const dewi = await withAccount(hub, DEWI0);
    const token = await participantToken(hub, dewi);
    const date = workingDayAhead(3);
    const input = {
      branchId: 'lhokseumawe',
      service: 'INFORMATION',
      slotStartsAt: new Date(`${date}T10:00:00+07:00`).toISOString(),
      idempotencyKey: randomUUID(),
    };
    const results = await Promise.all([
      ...Array.from({ length: 12 }, () => hub.gql(BOOK, { input }, { token })),
      ...Array.from({ length: 4 }, () => hub.gql(BOOK, { input: { ...input, idempotencyKey: randomUUID() } }, { token })),
    ]);
    const ids = new Set(results.filter((r) => r.data?.bookQueueTicket).map((r) => r.data!.bookQueueTicket.id));
    expect(ids.size).toBe(1);
    const { rows } = await hub.pool.query(
      `select count(*)::int as n from bpjstk.queue_ticket where nik = $1 and service = 'INFORMATION' and status = 'BOOKED'`,
      [dewi.nik],
    );
    expect(rows[0].n).toBe(1);
    const slot = await hub.pool.query(`select booked from bpjstk.queue_slot where branch_id = 'lhokseumawe' and starts_at = $1`, [input.slotStartsAt]);
    expect(slot.rows[0].booked).toBe(1);
  });
});

describe('the outbox across a restart of the process', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  const bootOn = (smsGatewayUrl: string): Promise<Hub> => {
    const config = loadConfig({
      NODE_ENV: 'test',
      HUB_DATA_DIR: process.env.HUB_TEST_DATA_DIR,
      LOG_LEVEL: 'silent',
      SMS_GATEWAY_URL: smsGatewayUrl,
      OUTBOX_POLL_MS: '50',
    });
    return startHub({ config, databaseUrl: database.url, port: 0, log: createLogger({ level: 'silent', service: 'test-hub' }) });
  };

  test('messages queued before a restart are all sent once: none lost, none sent twice', async () => {
    const sms = await startFakeSmsGateway();
    sms.setDelay(25);
    let hub = await bootOn(sms.url);
    try {
      // Everything the seed queued is delivered first, then 40 messages arrive at once.
      expect(
        await eventually(
          async () =>
            (
              await hub.pool.query(
                `select count(*)::int as n from (select id from identity.outbox where status = 'PENDING' union all select id from taspen.outbox where status = 'PENDING' union all select id from bpjstk.outbox where status = 'PENDING') as pending`,
              )
            ).rows[0].n === 0,
        ),
      ).toBe(true);
      const before = sms.received.length;
      const values = Array.from({ length: 40 }, (_, i) => `('SMS', '+62812340000${String(i).padStart(2, '0')}', 'restart test ${i}', 'FAULT_TEST')`).join(',');
      await hub.pool.query(`insert into identity.outbox (channel, recipient, body, kind) values ${values}`);
      expect(await eventually(async () => sms.received.length - before >= 8, 20_000, 10)).toBe(true);
      await hub.close(); // mid-delivery
      const sentBeforeRestart = sms.received.length - before;
      expect(sentBeforeRestart).toBeLessThan(40);
      await sleep(100);
      hub = await bootOn(sms.url);
      expect(
        await eventually(
          async () => (await hub.pool.query(`select count(*)::int as n from identity.outbox where kind = 'FAULT_TEST' and status = 'SENT'`)).rows[0].n === 40,
        ),
      ).toBe(true);
      const ours = sms.received.filter((r) => r.text.startsWith('restart test '));
      expect(ours).toHaveLength(40);
      expect(new Set(ours.map((r) => r.text)).size).toBe(40);
      expect(new Set(ours.map((r) => r.key)).size).toBe(40);
      const attempts = await hub.pool.query(`select max(attempts)::int as most from identity.outbox where kind = 'FAULT_TEST'`);
      expect(attempts.rows[0].most).toBe(1);
    } finally {
      await hub.close();
      await sms.close();
    }
  });
});
