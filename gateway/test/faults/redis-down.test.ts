// Fault: the key-value store (Redis) goes away. One-time codes and sign-in need it and answer
// SERVICE_UNAVAILABLE at once; reading cards and submissions does not need it and keeps working;
// everything recovers when Redis is back, without restarting the hub. The Redis server is the test's
// own (a spare port), never the machine's shared one; without a redis-server binary the suite skips.
import { startOwnRedis, redisServerBinary, type OwnRedis } from '../support/redis-server';
import { LogCapture } from '../support/log-capture';
import { startTestHub, type TestHub } from '../support/test-hub';
import { withAccount } from '../support/bpjstk';
import { SUBMIT, SUBMISSION, kptInput } from '../support/taspen';
import { BUDI, participantToken } from '../support/tokens';
import { MY_OVERVIEW, eventually, readiness, timed } from '../support/faults';

const describeWithRedis = redisServerBinary() ? describe : describe.skip;

const START = `mutation StartRegistration($input: StartRegistrationInput!) {
  startRegistration(input: $input) { registrationId nextStep challenge { id channel destination } }
}`;
const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;

describeWithRedis('Redis stopped', () => {
  let redis: OwnRedis;
  let hub: TestHub;
  let token: string;
  let submissionId: string;
  const logs = new LogCapture();
  /** The captured lines that say so, parsed. */
  const said = (message: string) => logs.lines.filter((line) => line.includes(message)).map((line) => JSON.parse(line) as Record<string, unknown>);

  beforeAll(async () => {
    redis = (await startOwnRedis())!;
    hub = await startTestHub({ REDIS_URL: redis.url, LOG_LEVEL: 'info' }, { logDestination: logs });
    const budi = await withAccount(hub, BUDI);
    token = await participantToken(hub, budi);
    const submitted = await hub.gql(SUBMIT, { input: await kptInput(hub, token, BUDI) }, { token });
    submissionId = submitted.data!.submitTaspenSubmission.id;
  });

  afterAll(async () => {
    await hub?.close();
    await redis?.close();
  });

  test('with Redis down, codes and sign-in fail fast with SERVICE_UNAVAILABLE while cards and submissions are still read', async () => {
    await redis.stop();
    expect(await eventually(async () => (await readiness(hub.baseUrl)).body.down.includes('keyValueStore'))).toBe(true);

    const otp = await timed(() => hub.gql(START, { input: { agency: 'TASPEN', email: 'redis-down@example.id' } }));
    expect(otp.value.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(otp.value.data?.startRegistration ?? null).toBeNull();
    expect(otp.ms).toBeLessThan(2_000);

    const login = await timed(() => hub.gql(LOGIN, { email: 'officer.taspen@hub.local', password: 'dev-staff-password' }));
    expect(login.value.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(login.value.data?.login ?? null).toBeNull();
    expect(login.ms).toBeLessThan(2_000);

    const overview = await hub.gql(MY_OVERVIEW, {}, { token });
    expect(overview.status).toBe(200);
    expect(overview.data?.me.person.taspen.card.number).toBe('KPT-198503122010011001');
    expect(overview.data?.me.person.bpjsTk.card).toBeDefined();
    expect(overview.data?.me.person.taspen.submissions.nodes.map((n: { id: string }) => n.id)).toContain(submissionId);

    const submission = await hub.gql(SUBMISSION, { id: submissionId }, { token });
    expect(submission.errors).toBeUndefined();
    expect(submission.data?.taspenSubmission.id).toBe(submissionId);

    const ready = await readiness(hub.baseUrl);
    expect(ready.status).toBe(503);
    // Each subgraph's own readiness includes the key-value store it shares with the gateway.
    expect(ready.body.down).toEqual(['keyValueStore', 'identity', 'taspen', 'bpjstk']);

    // The operator reads it once, as an error, not once per reconnection try (it tries every 2 s at most).
    const lost = said('key-value store (Redis) connection lost');
    expect(lost.length).toBeGreaterThanOrEqual(1);
    expect(lost.every((line) => line.level === 'error')).toBe(true);
    const perConnection = lost.length;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(said('key-value store (Redis) connection lost')).toHaveLength(perConnection);
  });

  test('when Redis is back, codes and sign-in work again without restarting the hub', async () => {
    await redis.start();
    expect(await eventually(async () => (await readiness(hub.baseUrl)).status === 200)).toBe(true);
    const otp = await hub.gql(START, { input: { agency: 'TASPEN', email: 'redis-back@example.id' } });
    expect(otp.errors).toBeUndefined();
    expect(otp.data?.startRegistration.nextStep).toBe('VERIFY_EMAIL');
    const login = await hub.gql(LOGIN, { email: 'officer.taspen@hub.local', password: 'dev-staff-password' });
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.accessToken).toEqual(expect.any(String));
    expect(said('key-value store (Redis) connection back')).toHaveLength(said('key-value store (Redis) connection lost').length);
  });
});
