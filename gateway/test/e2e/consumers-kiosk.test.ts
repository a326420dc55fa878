// MPP kiosks: a registered kiosk's device token reads nobody; an SMS code to the account's phone
// opens a session of at most five minutes for that one person, which reads but changes nothing.
import { decodeJwt } from 'jose';
import { useTestHub } from '../support/test-hub';
import { ACCESS_LOG, adminToken, codes, GRANT, MY_CONSENTS, steppedUpToken } from '../support/consumers';
import { latestCode, register, SITI, type Registered } from '../../../subgraphs/identity/test/support/flows';
import { participantToken, taspenOfficerToken } from '../support/tokens';

const hub = useTestHub();
let siti: Registered;
let device: string;

const REGISTER_KIOSK = `mutation RegisterKiosk($input: KioskRegistrationInput!) { registerKiosk(input: $input) { id name deviceToken } }`;
const START = `mutation StartKioskSession($nik: String!) { startKioskSession(nik: $nik) { id channel destination expiresAt resendAvailableAt } }`;
const VERIFY = `mutation VerifyKioskSession($challengeId: ID!, $code: String!) { verifyKioskSession(challengeId: $challengeId, code: $code) { accessToken expiresAt } }`;
const ME = `query { me { id email person { nik fullName taspen { nip card { number } } } } }`;
const PERSON = `query($nik: String!) { person(nik: $nik) { nik fullName } }`;
const STEP_UP = `mutation { requestStepUp { id } }`;
const BUDI_NIK = '3173051203850001';

async function kioskSession(kioskToken: string, nik = SITI.identity.nik) {
  const started = await hub.gql(START, { nik }, { token: kioskToken });
  if (!started.data?.startKioskSession) throw new Error(JSON.stringify(started.errors));
  const code = await latestCode(hub, SITI.phone);
  const verified = await hub.gql(VERIFY, { challengeId: started.data.startKioskSession.id, code }, { token: kioskToken });
  if (!verified.data?.verifyKioskSession) throw new Error(JSON.stringify(verified.errors));
  return { challenge: started.data.startKioskSession, session: verified.data.verifyKioskSession as { accessToken: string; expiresAt: string } };
}

beforeAll(async () => {
  siti = await register(hub, SITI, 'siti.kiosk@example.com');
  const registered = await hub.gql(
    REGISTER_KIOSK,
    { input: { name: 'MPP Lhokseumawe 1', location: 'Mal Pelayanan Publik Lhokseumawe' } },
    { token: await adminToken(hub) },
  );
  device = registered.data!.registerKiosk.deviceToken;
});

test('only a hub admin registers a kiosk, and only the device token’s hash is kept', async () => {
  const input = { name: 'K', location: 'L' };
  expect(codes(await hub.gql(REGISTER_KIOSK, { input }, { token: await taspenOfficerToken(hub) }))).toEqual(['FORBIDDEN']);
  const { rows } = await hub.pool.query('select token_hash from identity.kiosk');
  expect(rows).toHaveLength(1);
  expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  expect(device).not.toContain(rows[0].token_hash);
});

test('a kiosk reads its own name and location with its device token, and nothing else does', async () => {
  const KIOSK_DEVICE = `query { kioskDevice { id name location } }`;
  const own = await hub.gql(KIOSK_DEVICE, {}, { token: device });
  expect(own.errors).toBeUndefined();
  expect(own.data?.kioskDevice).toMatchObject({ name: 'MPP Lhokseumawe 1', location: 'Mal Pelayanan Publik Lhokseumawe' });
  expect(codes(await hub.gql(KIOSK_DEVICE, {}, { token: await adminToken(hub) }))).toEqual(['FORBIDDEN']);
  expect(codes(await hub.gql(KIOSK_DEVICE))).toEqual(['UNAUTHENTICATED']);
});

test('the device token alone reads nobody’s data', async () => {
  const person = await hub.gql(PERSON, { nik: SITI.identity.nik }, { token: device });
  expect(person.data?.person ?? null).toBeNull();
  expect(codes(person)).toEqual(['FORBIDDEN']);
  const me = await hub.gql(ME, {}, { token: device });
  expect(me.data?.me ?? null).toBeNull();
  expect(JSON.stringify(me)).not.toContain('Siti');
});

test('a session starts with an SMS code to the account’s phone and gives a token of at most five minutes', async () => {
  const { challenge, session } = await kioskSession(device);
  expect(challenge.channel).toBe('SMS');
  expect(challenge.destination).not.toContain('81234567801');
  const claims = decodeJwt(session.accessToken);
  expect(claims.kind).toBe('kiosk');
  expect(claims.nik).toBe(SITI.identity.nik);
  expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(5 * 60);
  expect(new Date(session.expiresAt).getTime()).toBeLessThanOrEqual(Date.now() + 5 * 60_000 + 1_000);

  const me = await hub.gql(ME, {}, { token: session.accessToken });
  expect(me.errors).toBeUndefined();
  expect(me.data?.me).toMatchObject({
    id: siti.accountId,
    person: { nik: SITI.identity.nik, fullName: 'Siti Rahmawati', taspen: { nip: SITI.identity.nip, card: { number: 'KPT-197208151998032004' } } },
  });

  // The session's SMS code counts as the step-up: the Taspen balance is read as BPJS TK's is.
  const balance = await hub.gql(`query { me { person { taspen { thtBalance { amount } } } } }`, {}, { token: session.accessToken });
  expect(balance.errors).toBeUndefined();
  expect(balance.data!.me.person.taspen.thtBalance.amount).toBe(92750000);
});

test('a kiosk session reads its own person only and changes nothing on the account', async () => {
  const { session } = await kioskSession(device);
  const token = session.accessToken;
  const other = await hub.gql(PERSON, { nik: BUDI_NIK }, { token });
  expect(other.data?.person ?? null).toBeNull();
  expect(codes(other)).toEqual(['FORBIDDEN']);
  expect(codes(await hub.gql(STEP_UP, {}, { token }))).toEqual(['FORBIDDEN']);
  expect(
    codes(await hub.gql(GRANT, { input: { partnerId: '00000000-0000-4000-8000-000000000000', scopes: ['CARDS_READ'], purpose: 'x' } }, { token })),
  ).toEqual(['FORBIDDEN']);
  expect(codes(await hub.gql(MY_CONSENTS, {}, { token }))).toEqual(['FORBIDDEN']);
  expect(codes(await hub.gql(`mutation { revokeConsent(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, { token }))).toEqual(['FORBIDDEN']);
  expect(codes(await hub.gql(START, { nik: BUDI_NIK }, { token }))).toEqual(['FORBIDDEN']);
  const log = await hub.gql(ACCESS_LOG, { first: 5 }, { token });
  expect(codes(log)).toEqual(['FORBIDDEN']);
});

test('the kiosk’s reads appear in the person’s access log with the kiosk session as purpose', async () => {
  const own = await steppedUpToken(hub, { accountId: siti.accountId, nik: SITI.identity.nik });
  const log = await hub.gql(ACCESS_LOG, { first: 20 }, { token: own });
  expect(log.errors).toBeUndefined();
  const nodes = log.data!.me.person.accessLog.nodes as Array<Record<string, any>>;
  // One entry per request (across identity and Taspen), naming the fields the kiosk's operation selected.
  const overview = nodes.find((node) => node.fields.includes('identity.fullName'));
  expect(overview).toMatchObject({ actorKind: 'KIOSK', actorName: 'MPP Lhokseumawe 1', purpose: 'MPP kiosk session' });
  expect([...overview!.fields].sort()).toEqual(['identity.fullName', 'taspen.card', 'taspen.nip']);
  const times = nodes.map((node) => new Date(node.at).getTime());
  expect([...times].sort((a, b) => b - a)).toEqual(times);
});

test('a session ends on logout', async () => {
  const { session } = await kioskSession(device);
  const out = await hub.gql(`mutation { logout }`, {}, { token: session.accessToken });
  expect(out.data?.logout).toBe(true);
  const after = await hub.gql(ME, {}, { token: session.accessToken });
  expect(after.status).toBe(401);
});

test('a NIK without an account, a participant token and another kiosk’s challenge are refused', async () => {
  // Issue 11 (finding 9): an unknown NIK used to be NOT_FOUND; it gets the usual answer and a code that works for nobody.
  const unknown = await hub.gql(START, { nik: BUDI_NIK }, { token: device });
  expect(unknown.errors).toBeUndefined();
  expect(codes(await hub.gql(VERIFY, { challengeId: unknown.data!.startKioskSession.id, code: '123456' }, { token: device }))).toEqual(['OTP_INVALID']);
  expect(
    codes(await hub.gql(START, { nik: SITI.identity.nik }, { token: await participantToken(hub, { accountId: siti.accountId, nik: SITI.identity.nik }) })),
  ).toEqual(['FORBIDDEN']);
  const second = (await hub.gql(REGISTER_KIOSK, { input: { name: 'MPP 2', location: 'Medan' } }, { token: await adminToken(hub) })).data!.registerKiosk
    .deviceToken;
  const started = await hub.gql(START, { nik: SITI.identity.nik }, { token: device });
  const code = await latestCode(hub, SITI.phone);
  expect(codes(await hub.gql(VERIFY, { challengeId: started.data!.startKioskSession.id, code }, { token: second }))).toEqual(['OTP_EXPIRED']);
});
