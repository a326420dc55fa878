// Signing in and staying signed in: login for participants and staff, one generic error, throttling,
// refresh-token rotation and reuse, logout, step-up, and forged tokens refused.
import { generateKeyPair, SignJWT } from 'jose';
import { useTestHub } from '../../../../gateway/test/support/test-hub';
import { DEWI, LOGIN, ME, PASSWORD, freshIp, latestCode, login, register, staffLogin, type Registered } from '../support/flows';

const hub = useTestHub({ LOGIN_ATTEMPTS_PER_ACCOUNT: '5' });
let dewi: Registered;
const EMAIL = 'dewi.sessions@example.com';

const REFRESH = `mutation RefreshSession($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { accessToken refreshToken expiresAt } }`;
const LOGOUT = `mutation Logout { logout }`;
const STEP_UP = `mutation RequestStepUp { requestStepUp { id channel destination expiresAt resendAvailableAt } }`;
const VERIFY_STEP_UP = `mutation VerifyStepUp($challengeId: ID!, $code: String!) { verifyStepUp(challengeId: $challengeId, code: $code) { accessToken refreshToken expiresAt } }`;

beforeAll(async () => {
  dewi = await register(hub, DEWI, EMAIL);
});

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

describe('login', () => {
  test('a participant signs in with e-mail and password', async () => {
    const tokens = await login(hub, EMAIL, PASSWORD);
    expect(tokens.account).toEqual({ id: dewi.accountId, email: EMAIL, roles: ['PARTICIPANT'] });
    expect(claimsOf(tokens.accessToken)).toMatchObject({ kind: 'participant', nik: DEWI.identity.nik, accountId: dewi.accountId });
  });

  test('a staff member signs in with the same mutation and gets a staff token', async () => {
    const tokens = await staffLogin(hub, 'officer.bpjstk@hub.local');
    expect(tokens.account.roles).toEqual(['BPJSTK_OFFICER']);
    expect(claimsOf(tokens.accessToken)).toMatchObject({ kind: 'staff', roles: ['BPJSTK_OFFICER'], agency: 'BPJSTK', branch: 'Tebing Tinggi' });
    const me = await hub.gql(ME, {}, { token: tokens.accessToken });
    expect(me.data?.me).toMatchObject({ email: 'officer.bpjstk@hub.local', roles: ['BPJSTK_OFFICER'], person: null });
  });

  test('a wrong password and an unknown e-mail get the same answer', async () => {
    const wrongPassword = await hub.gql(LOGIN, { email: EMAIL, password: 'not-her-password' }, { headers: { 'x-forwarded-for': freshIp() } });
    const unknown = await hub.gql(LOGIN, { email: 'nobody@example.com', password: PASSWORD }, { headers: { 'x-forwarded-for': freshIp() } });
    for (const result of [wrongPassword, unknown]) {
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0].message).toBe('E-mail or password is not correct.');
    }
  });

  test('an account is throttled after repeated attempts, even with the right password', async () => {
    const email = 'officer.taspen@hub.local';
    for (let i = 0; i < 5; i++) {
      await hub.gql(LOGIN, { email, password: `wrong-${i}-password` }, { headers: { 'x-forwarded-for': freshIp() } });
    }
    const result = await hub.gql(LOGIN, { email, password: 'dev-staff-password' }, { headers: { 'x-forwarded-for': freshIp() } });
    expect(result.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(result.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  test('one client address is throttled after many failed sign-ins', async () => {
    const ip = freshIp();
    let last;
    for (let i = 0; i < 31; i++) {
      last = await hub.gql(LOGIN, { email: `stranger-${i}@example.com`, password: 'whatever-password' }, { headers: { 'x-forwarded-for': ip } });
    }
    expect(last?.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('refresh tokens', () => {
  test('rotate on every use', async () => {
    const first = await login(hub, EMAIL, PASSWORD);
    const second = await hub.gql(REFRESH, { refreshToken: first.refreshToken });
    expect(second.errors).toBeUndefined();
    expect(second.data?.refreshSession.refreshToken).not.toBe(first.refreshToken);
    expect(claimsOf(second.data!.refreshSession.accessToken).sessionId).toBe(claimsOf(first.accessToken).sessionId);
    const third = await hub.gql(REFRESH, { refreshToken: second.data!.refreshSession.refreshToken });
    expect(third.errors).toBeUndefined();
  });

  test('a reused one revokes the whole session', async () => {
    const first = await login(hub, EMAIL, PASSWORD);
    const second = (await hub.gql(REFRESH, { refreshToken: first.refreshToken })).data!.refreshSession;
    const reuse = await hub.gql(REFRESH, { refreshToken: first.refreshToken });
    expect(reuse.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The thief's copy and the rightful new token are both dead now, and so is the access token.
    const next = await hub.gql(REFRESH, { refreshToken: second.refreshToken });
    expect(next.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const me = await hub.gql(ME, {}, { token: second.accessToken });
    expect(me.status).toBe(401);
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('an unknown one is refused', async () => {
    const result = await hub.gql(REFRESH, { refreshToken: 'rt_made-up' });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

test('logout ends the session: its access token and refresh token stop working', async () => {
  const tokens = await login(hub, EMAIL, PASSWORD);
  const result = await hub.gql(LOGOUT, {}, { token: tokens.accessToken });
  expect(result.data?.logout).toBe(true);
  expect((await hub.gql(ME, {}, { token: tokens.accessToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect((await hub.gql(REFRESH, { refreshToken: tokens.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

test('logout without signing in is UNAUTHENTICATED', async () => {
  const result = await hub.gql(LOGOUT);
  expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

describe('step-up', () => {
  test('a code texted to the account phone gives tokens carrying stepUpAt', async () => {
    const tokens = await login(hub, EMAIL, PASSWORD);
    const requested = await hub.gql(STEP_UP, {}, { token: tokens.accessToken });
    expect(requested.errors).toBeUndefined();
    expect(requested.data?.requestStepUp).toMatchObject({ channel: 'SMS', destination: '+62812****7802' });
    const code = await latestCode(hub, DEWI.phone);
    const before = Math.floor(Date.now() / 1000) - 1;
    const verified = await hub.gql(VERIFY_STEP_UP, { challengeId: requested.data!.requestStepUp.id, code }, { token: tokens.accessToken });
    expect(verified.errors).toBeUndefined();
    const claims = claimsOf(verified.data!.verifyStepUp.accessToken);
    expect(claims.stepUpAt).toBeGreaterThanOrEqual(before);
    expect(claims.sessionId).toBe(claimsOf(tokens.accessToken).sessionId);
    expect(claimsOf(tokens.accessToken).stepUpAt).toBeNull();
    // Single use.
    const again = await hub.gql(VERIFY_STEP_UP, { challengeId: requested.data!.requestStepUp.id, code }, { token: tokens.accessToken });
    expect(again.errors?.[0].extensions?.code).toBe('OTP_EXPIRED');
  });

  test("another account's challenge does not verify", async () => {
    const tokens = await login(hub, EMAIL, PASSWORD);
    const requested = (await hub.gql(STEP_UP, {}, { token: tokens.accessToken })).data!.requestStepUp;
    const staff = await staffLogin(hub, 'admin@hub.local');
    const result = await hub.gql(VERIFY_STEP_UP, { challengeId: requested.id, code: '000000' }, { token: staff.accessToken });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('needs a participant', async () => {
    const anonymous = await hub.gql(STEP_UP);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('forged tokens are refused', () => {
  const claims = () => ({ kind: 'participant', accountId: dewi.accountId, nik: DEWI.identity.nik, sessionId: 'forged', stepUpAt: null });

  test('alg none', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt', kid: hub.platform.keys.access.kid })).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const payload = Buffer.from(
      JSON.stringify({ ...claims(), sub: dewi.accountId, iss: 'https://hub.local', aud: 'participant-graph', iat: now, exp: now + 600 }),
    ).toString('base64url');
    const result = await hub.gql(ME, {}, { token: `${header}.${payload}.` });
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('signed with another key under the real key id', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'EdDSA', kid: hub.platform.keys.access.kid, typ: 'at+jwt' })
      .setIssuer('https://hub.local')
      .setAudience('participant-graph')
      .setSubject(dewi.accountId)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);
    const result = await hub.gql(ME, {}, { token });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('expired', async () => {
    const { token } = await hub.platform.issuer.issue(claims() as never, -60);
    const result = await hub.gql(ME, {}, { token });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
