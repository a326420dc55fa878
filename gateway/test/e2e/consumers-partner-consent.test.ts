// A partner app reads a person only under that person's consent, field group by field group, and
// the person sees every such read in their access log; a revocation counts from the next request.
import { useTestHub } from '../support/test-hub';
import {
  ACCESS_LOG,
  codes,
  GRANT,
  MY_CONSENTS,
  PARTNER_VIEW,
  partnerAccessToken,
  registerPartner,
  REVOKE,
  steppedUpToken,
  type RegisteredPartner,
} from '../support/consumers';
import { BUDI_TASPEN, register } from '../../../subgraphs/identity/test/support/flows';
import { taspenOf } from '../support/taspen';
import { participantToken, taspenOfficerToken } from '../support/tokens';

const hub = useTestHub();
let bank: RegisteredPartner;
let budi: { accountId: string; nik: string; token: string };

const BUDI_NIK = BUDI_TASPEN.identity.nik;

beforeAll(async () => {
  bank = await registerPartner(hub, 'Bank Sejahtera', ['PROFILE_READ', 'CARDS_READ', 'BALANCES_READ']);
  const registered = await register(hub, BUDI_TASPEN, 'budi.consent@example.com');
  budi = { accountId: registered.accountId, nik: BUDI_NIK, token: await steppedUpToken(hub, { accountId: registered.accountId, nik: BUDI_NIK }) };
});

test('a partner with no consent reads nothing of a person', async () => {
  const token = await partnerAccessToken(hub, bank);
  const result = await hub.gql(PARTNER_VIEW, { nik: BUDI_NIK }, { token });
  expect(result.data?.person ?? null).toBeNull();
  expect(codes(result)).toContain('CONSENT_REQUIRED');
  expect(JSON.stringify(result)).not.toMatch(/Budi|KPT-|198503122010011001/);
});

test('a consent needs a recent step-up, scopes the partner may ask for, and a future expiry', async () => {
  const notSteppedUp = await participantToken(hub, budi, { steppedUp: false });
  const input = { partnerId: bank.id, scopes: ['CARDS_READ'], purpose: 'Loan application' };
  expect(codes(await hub.gql(GRANT, { input }, { token: notSteppedUp }))).toEqual(['STEP_UP_REQUIRED']);
  const outside = await hub.gql(GRANT, { input: { ...input, scopes: ['CLAIMS_READ'] } }, { token: budi.token });
  expect(outside.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopes' });
  const past = await hub.gql(GRANT, { input: { ...input, expiresAt: new Date(Date.now() - 60_000).toISOString() } }, { token: budi.token });
  expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
});

test('under CARDS_READ the partner reads the cards and gets CONSENT_REQUIRED for the rest; the person sees the read; revoking ends it', async () => {
  const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const granted = await hub.gql(
    GRANT,
    { input: { partnerId: bank.id, scopes: ['CARDS_READ'], purpose: 'Loan application', expiresAt } },
    { token: budi.token },
  );
  expect(granted.errors).toBeUndefined();
  expect(granted.data?.grantConsent).toMatchObject({
    partner: { id: bank.id, name: 'Bank Sejahtera' },
    scopes: ['CARDS_READ'],
    purpose: 'Loan application',
    expiresAt,
    status: 'ACTIVE',
  });

  const token = await partnerAccessToken(hub, bank);
  const read = await hub.gql(PARTNER_VIEW, { nik: BUDI_NIK }, { token });
  expect(read.data?.person.nik).toBe(BUDI_NIK);
  expect(read.data?.person.fullName).toBeNull();
  if (!read.data?.person.taspen || !read.data?.person.bpjsTk) throw new Error(JSON.stringify(read.errors));
  expect(read.data?.person.taspen.card.number).toBe('KPT-198503122010011001');
  expect(read.data?.person.taspen.nip).toBeNull();
  expect(read.data?.person.taspen.thtBalance).toBeNull();
  const byPath = Object.fromEntries((read.errors ?? []).map((e) => [e.path?.join('.'), e.extensions?.code]));
  expect(byPath).toMatchObject({
    'person.fullName': 'CONSENT_REQUIRED',
    'person.taspen.nip': 'CONSENT_REQUIRED',
    'person.taspen.thtBalance': 'CONSENT_REQUIRED',
  });
  expect(read.data?.person.bpjsTk.card.number).toBe('09012345678');
  expect(read.data?.person.bpjsTk.kpj).toBeNull();
  expect(read.data?.person.bpjsTk.jhtBalance).toBeNull();
  expect(byPath).toMatchObject({ 'person.bpjsTk.kpj': 'CONSENT_REQUIRED', 'person.bpjsTk.jhtBalance': 'CONSENT_REQUIRED' });
  expect(JSON.stringify(read.data)).not.toMatch(/Budi|Lhokseumawe|12480000/);

  const log = await hub.gql(ACCESS_LOG, { first: 10 }, { token: budi.token });
  expect(log.errors).toBeUndefined();
  const nodes = log.data?.me.person.accessLog.nodes as Array<Record<string, any>>;
  // One entry for the one request, though two agencies' subgraphs each logged their card.
  const partnerReads = nodes.filter((node) => node.actorKind === 'PARTNER');
  expect(partnerReads).toHaveLength(1);
  expect(partnerReads[0]).toMatchObject({ actorName: 'Bank Sejahtera', purpose: 'Loan application' });
  expect([...partnerReads[0].fields].sort()).toEqual(['bpjsTk.card', 'taspen.card']);
  expect(nodes.every((node) => ['PARTNER', 'STAFF', 'KIOSK'].includes(node.actorKind))).toBe(true);

  const consents = await hub.gql(MY_CONSENTS, {}, { token: budi.token });
  expect(consents.data?.myConsents).toEqual([expect.objectContaining({ id: granted.data!.grantConsent.id, status: 'ACTIVE', scopes: ['CARDS_READ'] })]);

  const revoked = await hub.gql(REVOKE, { id: granted.data!.grantConsent.id }, { token: budi.token });
  expect(revoked.data?.revokeConsent).toEqual({ id: granted.data!.grantConsent.id, status: 'REVOKED' });
  // The same partner token, the very next request: nothing.
  const after = await hub.gql(PARTNER_VIEW, { nik: BUDI_NIK }, { token });
  expect(after.data?.person ?? null).toBeNull();
  expect(codes(after)).toContain('CONSENT_REQUIRED');
});

test('the scope must be in the partner token too: a token narrowed to PROFILE_READ reads no cards', async () => {
  await hub.gql(GRANT, { input: { partnerId: bank.id, scopes: ['PROFILE_READ', 'CARDS_READ'], purpose: 'Account opening' } }, { token: budi.token });
  const narrowed = await fetch(`${hub.baseUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: bank.clientId, client_secret: bank.clientSecret, scope: 'PROFILE_READ' }),
  });
  const { access_token: token, scope } = (await narrowed.json()) as { access_token: string; scope: string };
  expect(scope).toBe('PROFILE_READ');
  const read = await hub.gql(PARTNER_VIEW, { nik: BUDI_NIK }, { token });
  expect(read.data?.person.fullName).toBe('Budi Santoso');
  expect(read.data?.person.taspen.nip).toBe('198503122010011001');
  expect(read.data?.person.taspen.card).toBeNull();
  expect(codes(read)).toContain('CONSENT_REQUIRED');
});

test('consents are managed by the person only, never by the partner or another person', async () => {
  const token = await partnerAccessToken(hub, bank);
  expect(codes(await hub.gql(MY_CONSENTS, {}, { token }))).toEqual(['FORBIDDEN']);
  const [consent] = (await hub.gql(MY_CONSENTS, {}, { token: budi.token })).data!.myConsents;
  const siti = await participantToken(hub, { accountId: '00000000-0000-4000-8000-000000000001', nik: '1173015508720002' });
  expect(codes(await hub.gql(REVOKE, { id: consent.id }, { token: siti }))).toEqual(['NOT_FOUND']);
});

test('partners are listed for consent screens', async () => {
  const result = await hub.gql(`query Partners { partners { id name } }`, {}, { token: budi.token });
  expect(result.data?.partners).toContainEqual({ id: bank.id, name: 'Bank Sejahtera' });
});

test('staff read a person’s Taspen record only with a stated purpose, and the purpose is logged', async () => {
  const officer = await taspenOfficerToken(hub);
  const without = await taspenOf(hub, BUDI_NIK, 'nip', officer);
  expect(without.taspen).toBeNull();
  expect(without.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(without.errors?.[0].message).toMatch(/X-Access-Purpose/);
  const withPurpose = await taspenOf(hub, BUDI_NIK, 'nip', officer, { 'x-access-purpose': 'Pension enquiry at the counter' });
  expect(withPurpose.taspen).toEqual({ nip: '198503122010011001' });
  const log = await hub.gql(ACCESS_LOG, { first: 5 }, { token: budi.token });
  expect(log.data?.me.person.accessLog.nodes[0]).toMatchObject({
    actorKind: 'STAFF',
    actorName: 'officer.taspen@hub.local',
    purpose: 'Pension enquiry at the counter',
  });
});
