// Administration (next contract): hub admins list kiosks and partners, revoke a kiosk, disable a
// partner, rotate a partner's secret. Each takes effect on the very next request (device token, kiosk
// sessions, partner tokens, client credentials) and is in the audit trail. Others are FORBIDDEN.
import { randomUUID } from 'node:crypto';
import { useTestHub } from '../support/test-hub';
import { adminToken, auditorToken, codes, partnerAccessToken, registerPartner, steppedUpToken, tokenRequest, GRANT, PARTNER_VIEW } from '../support/consumers';
import { latestCode, register, SITI, type Registered } from '../../../subgraphs/identity/test/support/flows';
import { taspenOfficerToken } from '../support/tokens';

const KIOSKS = `query Kiosks($first: Int, $after: String) {
  kiosks(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name location status registeredAt lastSeenAt } }
}`;
const REVOKE_KIOSK = `mutation RevokeKiosk($id: ID!, $reason: String!) { revokeKiosk(id: $id, reason: $reason) { id status } }`;
const PARTNERS = `query PartnerAdmin($first: Int, $after: String) {
  partnerAccounts(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name clientId scopes status registeredAt } }
}`;
const DISABLE = `mutation DisablePartner($id: ID!, $reason: String!) { disablePartner(id: $id, reason: $reason) { id status } }`;
const ROTATE = `mutation RotatePartnerSecret($id: ID!) { rotatePartnerSecret(id: $id) { id clientId clientSecret } }`;
const REGISTER_KIOSK = `mutation RegisterKiosk($input: KioskRegistrationInput!) { registerKiosk(input: $input) { id name deviceToken } }`;
const START = `mutation StartKioskSession($nik: String!) { startKioskSession(nik: $nik) { id } }`;
const VERIFY = `mutation VerifyKioskSession($challengeId: ID!, $code: String!) { verifyKioskSession(challengeId: $challengeId, code: $code) { accessToken } }`;
const KIOSK_ME = `query { me { person { nik fullName } } }`;

const hub = useTestHub();
let admin: string;
let siti: Registered;

beforeAll(async () => {
  admin = await adminToken(hub);
  siti = await register(hub, SITI, 'siti.admin@example.com');
});

async function newKiosk(name: string) {
  const result = await hub.gql(REGISTER_KIOSK, { input: { name, location: 'Mal Pelayanan Publik Lhokseumawe' } }, { token: admin });
  return result.data!.registerKiosk as { id: string; deviceToken: string };
}

async function kioskSession(device: string): Promise<string> {
  const started = await hub.gql(START, { nik: SITI.identity.nik }, { token: device });
  if (!started.data?.startKioskSession) throw new Error(JSON.stringify(started.errors));
  const verified = await hub.gql(VERIFY, { challengeId: started.data.startKioskSession.id, code: await latestCode(hub, SITI.phone) }, { token: device });
  if (!verified.data?.verifyKioskSession) throw new Error(JSON.stringify(verified.errors));
  return verified.data.verifyKioskSession.accessToken;
}

const audit = async (action: string) =>
  (await hub.pool.query(`select actor_kind, actor_name, purpose, details from platform.access_log where action = $1 order by id`, [action])).rows;

test('only hub admins list and change kiosks and partners', async () => {
  const kiosk = await newKiosk('MPP Forbidden test');
  const partner = await registerPartner(hub, 'Bank Forbidden', ['PROFILE_READ']);
  for (const token of [
    await taspenOfficerToken(hub),
    await auditorToken(hub),
    await steppedUpToken(hub, { accountId: siti.accountId, nik: SITI.identity.nik }),
  ]) {
    expect(codes(await hub.gql(KIOSKS, {}, { token }))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.gql(PARTNERS, {}, { token }))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.gql(REVOKE_KIOSK, { id: kiosk.id, reason: 'x' }, { token }))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.gql(DISABLE, { id: partner.id, reason: 'x' }, { token }))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.gql(ROTATE, { id: partner.id }, { token }))).toEqual(['FORBIDDEN']);
  }
  expect(codes(await hub.gql(KIOSKS, {}))).toEqual(['UNAUTHENTICATED']);
  const { rows } = await hub.pool.query('select revoked_at from identity.kiosk where id = $1', [kiosk.id]);
  expect(rows[0].revoked_at).toBeNull();
});

test('the kiosk list pages with cursors and shows when each kiosk was last seen', async () => {
  const kiosks = [await newKiosk('MPP A'), await newKiosk('MPP B'), await newKiosk('MPP C')];
  await kioskSession(kiosks[1].deviceToken);
  const seen: any[] = [];
  let after: string | null = null;
  let total = 0;
  for (let page = 0; page < 10; page++) {
    const result: any = await hub.gql(KIOSKS, { first: 2, after }, { token: admin });
    expect(result.errors).toBeUndefined();
    total = result.data.kiosks.totalCount;
    seen.push(...result.data.kiosks.nodes);
    if (!result.data.kiosks.pageInfo.hasNextPage) break;
    after = result.data.kiosks.pageInfo.endCursor;
  }
  expect(seen).toHaveLength(total);
  expect(new Set(seen.map((k) => k.id)).size).toBe(total);
  const byId = new Map(seen.map((k) => [k.id, k]));
  for (const kiosk of kiosks) expect(byId.get(kiosk.id)).toMatchObject({ status: 'ACTIVE', location: 'Mal Pelayanan Publik Lhokseumawe' });
  expect(JSON.stringify(seen)).not.toContain(kiosks[0].deviceToken);
  // The write is off the request's path: wait for it, briefly.
  let lastSeenAt: string | null = null;
  for (let i = 0; i < 50 && !lastSeenAt; i++) {
    lastSeenAt = (await hub.pool.query('select last_seen_at from identity.kiosk where id = $1', [kiosks[1].id])).rows[0].last_seen_at;
    if (!lastSeenAt) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(lastSeenAt).not.toBeNull();
  const listed = (await hub.gql(KIOSKS, { first: 100 }, { token: admin })).data!.kiosks.nodes.find((k: any) => k.id === kiosks[1].id);
  expect(Date.parse(listed.lastSeenAt)).toBe(new Date(lastSeenAt!).getTime());
  expect((await hub.gql(KIOSKS, { after: 'bm90LWEtY3Vyc29y' }, { token: admin })).errors?.[0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'after',
  });
});

test('a revoked kiosk’s device token and its open session are refused on the next request, and the revocation is audited', async () => {
  const kiosk = await newKiosk('MPP to revoke');
  const session = await kioskSession(kiosk.deviceToken);
  expect((await hub.gql(KIOSK_ME, {}, { token: session })).data?.me.person.nik).toBe(SITI.identity.nik);

  const revoked = await hub.gql(REVOKE_KIOSK, { id: kiosk.id, reason: 'Device stolen' }, { token: admin });
  expect(revoked.data!.revokeKiosk).toEqual({ id: kiosk.id, status: 'REVOKED' });

  const device = await hub.gql(START, { nik: SITI.identity.nik }, { token: kiosk.deviceToken });
  expect(codes(device)).toEqual(['UNAUTHENTICATED']);
  const sessionRead = await hub.gql(KIOSK_ME, {}, { token: session });
  expect(codes(sessionRead)).toEqual(['UNAUTHENTICATED']);
  expect(JSON.stringify(sessionRead)).not.toContain('Siti');
  const listed = (await hub.gql(KIOSKS, { first: 100 }, { token: admin })).data!.kiosks.nodes.find((k: any) => k.id === kiosk.id);
  expect(listed.status).toBe('REVOKED');
  expect((await audit('KIOSK_REVOKED')).map((r) => [r.actor_kind, r.actor_name, r.purpose, r.details.kioskId])).toEqual([
    ['STAFF', 'admin@hub.local', 'Device stolen', kiosk.id],
  ]);
  // Other kiosks go on working.
  const other = await newKiosk('MPP still fine');
  expect(await kioskSession(other.deviceToken)).toMatch(/^ey/);
  expect(codes(await hub.gql(REVOKE_KIOSK, { id: randomUUID(), reason: 'x' }, { token: admin }))).toEqual(['NOT_FOUND']);
});

/** A new partner with PROFILE_READ, Siti's consent to it for `purpose`, and a token of the partner's. */
async function partnerSitiConsentedTo(name: string, purpose: string) {
  const partner = await registerPartner(hub, name, ['PROFILE_READ']);
  const consent = { partnerId: partner.id, scopes: ['PROFILE_READ'], purpose };
  await hub.gql(GRANT, { input: consent }, { token: await steppedUpToken(hub, { accountId: siti.accountId, nik: SITI.identity.nik }) });
  return { partner, token: await partnerAccessToken(hub, partner) };
}

test('a disabled partner’s token is refused on the next call and its client credentials get invalid_client', async () => {
  const { partner, token } = await partnerSitiConsentedTo('Bank Disabled', 'Account opening');
  expect((await hub.gql(PARTNER_VIEW, { nik: SITI.identity.nik }, { token })).data?.person.fullName).toBe(SITI.identity.fullName);

  const listedBefore = (await hub.gql(PARTNERS, { first: 100 }, { token: admin })).data!.partnerAccounts.nodes.find((p: any) => p.id === partner.id);
  expect(listedBefore).toMatchObject({ name: 'Bank Disabled', clientId: partner.clientId, scopes: ['PROFILE_READ'], status: 'ACTIVE' });
  expect(JSON.stringify(listedBefore)).not.toContain(partner.clientSecret);

  const disabled = await hub.gql(DISABLE, { id: partner.id, reason: 'Contract ended' }, { token: admin });
  expect(disabled.data!.disablePartner).toEqual({ id: partner.id, status: 'DISABLED' });
  const refused = await hub.gql(PARTNER_VIEW, { nik: SITI.identity.nik }, { token });
  expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
  expect(JSON.stringify(refused)).not.toContain('Siti');
  const grant = await tokenRequest(hub, { grant_type: 'client_credentials', client_id: partner.clientId, client_secret: partner.clientSecret });
  expect(grant).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
  expect(codes(await hub.gql(ROTATE, { id: partner.id }, { token: admin }))).toEqual(['NOT_FOUND']);
  expect((await audit('PARTNER_DISABLED')).map((r) => [r.actor_name, r.purpose, r.details.partnerId])).toEqual([
    ['admin@hub.local', 'Contract ended', partner.id],
  ]);
});

test('a rotated secret replaces the old one: the old secret and its tokens stop, the new secret works at once', async () => {
  const { partner, token: oldToken } = await partnerSitiConsentedTo('Bank Rotated', 'Loan check');

  const rotated = await hub.gql(ROTATE, { id: partner.id }, { token: admin });
  expect(rotated.errors).toBeUndefined();
  const { clientSecret, clientId } = rotated.data!.rotatePartnerSecret;
  expect(clientId).toBe(partner.clientId);
  expect(clientSecret).not.toBe(partner.clientSecret);
  const stored = (await hub.pool.query('select secret_hash from identity.partner where id = $1', [partner.id])).rows[0].secret_hash;
  expect(stored).not.toContain(clientSecret);

  const old = await tokenRequest(hub, { grant_type: 'client_credentials', client_id: clientId, client_secret: partner.clientSecret });
  expect(old).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
  expect(codes(await hub.gql(PARTNER_VIEW, { nik: SITI.identity.nik }, { token: oldToken }))).toEqual(['UNAUTHENTICATED']);
  const fresh = await partnerAccessToken(hub, { ...partner, clientSecret });
  expect((await hub.gql(PARTNER_VIEW, { nik: SITI.identity.nik }, { token: fresh })).data?.person.fullName).toBe(SITI.identity.fullName);
  expect((await audit('PARTNER_SECRET_ROTATED')).map((r) => r.details.partnerId)).toContain(partner.id);
  const again = (await hub.gql(PARTNERS, { first: 100 }, { token: admin })).data!.partnerAccounts;
  expect(again.nodes.find((p: any) => p.id === partner.id).status).toBe('ACTIVE');
  expect(again.totalCount).toBeGreaterThanOrEqual(2);
});
