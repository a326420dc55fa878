// Fault: the database or Redis stops answering without going away (SIGSTOP: connections stay open, nothing
// replies, no error ever comes). Requests must not hang for the stall: they answer SERVICE_UNAVAILABLE
// within 5 s (statement, connection, pool and command time limits), /ready says what is down, and after
// SIGCONT everything works again without restarting the hub. The PostgreSQL and Redis servers stalled here
// are the test's own (a temporary embedded PostgreSQL and a redis-server on a spare port), never the
// machine's shared ones; without a redis-server binary the suite skips.
import { randomUUID } from 'node:crypto';
import { startOwnPostgres, type OwnPostgres } from '../support/own-postgres';
import { startOwnRedis, redisServerBinary, type OwnRedis } from '../support/redis-server';
import { startTestHub, type GqlResult, type TestHub } from '../support/test-hub';
import { withAccount } from '../support/bpjstk';
import { SUBMIT, kptInput } from '../support/taspen';
import { BUDI, participantToken } from '../support/tokens';
import { MY_OVERVIEW, eventually, readiness, timed } from '../support/faults';

const describeWithRedis = redisServerBinary() ? describe : describe.skip;

const START = `mutation StartRegistration($input: StartRegistrationInput!) {
  startRegistration(input: $input) { registrationId nextStep }
}`;

const codesOf = (result: GqlResult<unknown>) => (result.errors ?? []).map((error) => error.extensions?.code);
/** What the fault costs, printed at the end for the README and the closing note. */
const figures: Record<string, number> = {};

describeWithRedis('database and Redis stalled (SIGSTOP), then resumed (SIGCONT)', () => {
  let postgres: OwnPostgres;
  let redis: OwnRedis;
  let hub: TestHub;
  let token: string;
  let kpt: Record<string, unknown>;

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startOwnPostgres(), startOwnRedis().then((r) => r!)]);
    // A small pool, so that the stalled requests also exhaust it and the waiting ones hit the acquisition limit.
    hub = await startTestHub({ REDIS_URL: redis.url, DB_POOL_MAX: '2' }, { databaseUrl: postgres.url });
    const budi = await withAccount(hub, BUDI);
    token = await participantToken(hub, budi);
    kpt = await kptInput(hub, token, BUDI);
  });

  afterAll(async () => {
    postgres?.resume();
    redis?.signal('SIGCONT');
    await hub?.close();
    await Promise.all([postgres?.close(), redis?.close()]);
    process.stdout.write(`stall figures (ms): ${JSON.stringify(figures)}\n`);
  });

  test('a stalled database: reads and writes answer SERVICE_UNAVAILABLE within 5 s, /ready says database', async () => {
    expect((await hub.gql(MY_OVERVIEW, {}, { token })).errors).toBeUndefined();
    postgres.stall();
    try {
      // Six at once against pools of two: some wait for a connection, some wait on a stalled one.
      const results = await Promise.all([
        ...[1, 2, 3, 4].map(() => timed(() => hub.gql(MY_OVERVIEW, {}, { token }))),
        ...[1, 2].map(() => timed(() => hub.gql(SUBMIT, { input: { ...kpt, idempotencyKey: randomUUID() } }, { token }))),
      ]);
      for (const { value } of results) {
        expect(value.status).toBe(200);
        expect(codesOf(value)).toContain('SERVICE_UNAVAILABLE');
        expect(codesOf(value)).not.toContain('INTERNAL_SERVER_ERROR');
      }
      expect(results[4].value.data?.submitTaspenSubmission ?? null).toBeNull();
      figures.databaseStallSlowestAnswer = Math.round(Math.max(...results.map((r) => r.ms)));
      for (const { ms } of results) expect(ms).toBeLessThan(5_000);
      const ready = await readiness(hub.baseUrl);
      expect(ready.status).toBe(503);
      expect(ready.body.down).toContain('database');
    } finally {
      postgres.resume();
    }
  });

  test('after SIGCONT the database serves again without a restart, and no stalled write happened', async () => {
    const resumedAt = performance.now();
    expect(await eventually(async () => (await hub.gql(MY_OVERVIEW, {}, { token })).errors === undefined)).toBe(true);
    figures.databaseRecovery = Math.round(performance.now() - resumedAt);
    expect(await eventually(async () => (await readiness(hub.baseUrl)).status === 200)).toBe(true);
    const overview = await hub.gql(MY_OVERVIEW, {}, { token });
    expect(overview.data?.me.person.taspen.card.number).toBe('KPT-198503122010011001');
    // The submissions cut off by the stall were rolled back with their dropped connections.
    expect(overview.data?.me.person.taspen.submissions.nodes).toHaveLength(0);
    const submitted = await hub.gql(SUBMIT, { input: { ...kpt, idempotencyKey: randomUUID() } }, { token });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitTaspenSubmission.id).toEqual(expect.any(String));
  });

  test('a stalled Redis: one-time codes answer SERVICE_UNAVAILABLE within 5 s; after SIGCONT they work again', async () => {
    redis.signal('SIGSTOP');
    try {
      const otp = await timed(() => hub.gql(START, { input: { agency: 'TASPEN', email: `stall-${randomUUID()}@example.id` } }));
      expect(codesOf(otp.value)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(otp.value.data?.startRegistration ?? null).toBeNull();
      figures.redisStallAnswer = Math.round(otp.ms);
      expect(otp.ms).toBeLessThan(5_000);
      const ready = await readiness(hub.baseUrl);
      expect(ready.status).toBe(503);
      expect(ready.body.down).toContain('keyValueStore');
    } finally {
      redis.signal('SIGCONT');
    }
    const resumedAt = performance.now();
    expect(
      await eventually(async () => {
        const otp = await hub.gql(START, { input: { agency: 'TASPEN', email: `resumed-${randomUUID()}@example.id` } });
        return otp.data?.startRegistration.nextStep === 'VERIFY_EMAIL';
      }),
    ).toBe(true);
    figures.redisRecovery = Math.round(performance.now() - resumedAt);
  });
});
