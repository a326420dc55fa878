// POST /oauth/token (RFC 6749 4.4) for partner apps, and the tamper-evident access log: the chain
// verifies, and stops verifying at the first altered row.
import { Client } from 'pg';
import { auditVerify } from '../../src/audit-verify-command';
import { useTestHub } from '../support/test-hub';
import { adminToken, codes, registerPartner, REGISTER_PARTNER, tokenRequest, type RegisteredPartner } from '../support/consumers';
import { participantToken, BUDI, taspenOfficerToken } from '../support/tokens';

const hub = useTestHub();
let partner: RegisteredPartner;

beforeAll(async () => {
  partner = await registerPartner(hub, 'Koperasi Maju', ['PROFILE_READ', 'CARDS_READ']);
});

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

test('only a hub admin registers a partner, and the secret is kept only as a hash', async () => {
  const input = { name: 'Bank X', scopes: ['CARDS_READ'] };
  expect(codes(await hub.gql(REGISTER_PARTNER, { input }, { token: await taspenOfficerToken(hub) }))).toEqual(['FORBIDDEN']);
  expect(codes(await hub.gql(REGISTER_PARTNER, { input }, { token: await participantToken(hub, BUDI) }))).toEqual(['FORBIDDEN']);
  expect(codes(await hub.gql(REGISTER_PARTNER, { input }))).toEqual(['UNAUTHENTICATED']);
  const bad = await hub.gql(REGISTER_PARTNER, { input: { name: ' ', scopes: ['CARDS_READ'] } }, { token: await adminToken(hub) });
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  const { rows } = await hub.pool.query('select secret_hash from identity.partner where id = $1', [partner.id]);
  expect(rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
  expect(rows[0].secret_hash).not.toContain(partner.clientSecret);
});

test('client credentials as form fields give a short-lived partner token with the allowed scopes', async () => {
  const { status, headers, body } = await tokenRequest(hub, {
    grant_type: 'client_credentials',
    client_id: partner.clientId,
    client_secret: partner.clientSecret,
  });
  expect(status).toBe(200);
  expect(headers.get('cache-control')).toBe('no-store');
  expect(body).toMatchObject({ token_type: 'Bearer', scope: 'PROFILE_READ CARDS_READ' });
  expect(body.expires_in).toBeGreaterThan(0);
  expect(body.expires_in).toBeLessThanOrEqual(15 * 60);
  const caller = await hub.platform.verifier.verify(body.access_token);
  expect(caller).toEqual({ kind: 'partner', partnerId: partner.id, name: 'Koperasi Maju', scopes: ['PROFILE_READ', 'CARDS_READ'] });
});

test('client credentials in HTTP Basic work too, and a scope parameter narrows the token', async () => {
  const { status, body } = await tokenRequest(
    hub,
    { grant_type: 'client_credentials', scope: 'CARDS_READ' },
    { authorization: basic(partner.clientId, partner.clientSecret) },
  );
  expect(status).toBe(200);
  expect(body.scope).toBe('CARDS_READ');
  expect(await hub.platform.verifier.verify(body.access_token)).toMatchObject({ scopes: ['CARDS_READ'] });
  const wider = await tokenRequest(
    hub,
    { grant_type: 'client_credentials', scope: 'BALANCES_READ' },
    { authorization: basic(partner.clientId, partner.clientSecret) },
  );
  expect(wider.status).toBe(400);
  expect(wider.body.error).toBe('invalid_scope');
});

test('a wrong secret or unknown client is invalid_client (401, with WWW-Authenticate for Basic)', async () => {
  const form = await tokenRequest(hub, { grant_type: 'client_credentials', client_id: partner.clientId, client_secret: 'nope' });
  expect(form.status).toBe(401);
  expect(form.body.error).toBe('invalid_client');
  expect(form.body.access_token).toBeUndefined();
  const unknown = await tokenRequest(hub, { grant_type: 'client_credentials', client_id: 'pc_unknown', client_secret: partner.clientSecret });
  expect(unknown.status).toBe(401);
  const viaBasic = await tokenRequest(hub, { grant_type: 'client_credentials' }, { authorization: basic(partner.clientId, 'wrong') });
  expect(viaBasic.status).toBe(401);
  expect(viaBasic.body.error).toBe('invalid_client');
  expect(viaBasic.headers.get('www-authenticate')).toMatch(/^Basic/);
});

test('any grant type other than client_credentials is unsupported_grant_type (400)', async () => {
  const { status, body } = await tokenRequest(hub, { grant_type: 'password', client_id: partner.clientId, client_secret: partner.clientSecret });
  expect(status).toBe(400);
  expect(body.error).toBe('unsupported_grant_type');
});

test('audit-verify passes on the untouched chain and names the first altered entry', async () => {
  // Something to verify: an officer's read of a person (with a stated purpose).
  const officer = await taspenOfficerToken(hub);
  const read = await hub.gql(
    `query($nik: String!) { person(nik: $nik) { taspen { nip } } }`,
    { nik: BUDI.nik },
    {
      token: officer,
      headers: { 'x-access-purpose': 'Counter enquiry' },
    },
  );
  expect(read.errors).toBeUndefined();
  const {
    rows: [{ count }],
  } = await hub.pool.query('select count(*)::int as count from platform.access_log');
  expect(count).toBeGreaterThan(0);

  const lines: string[] = [];
  expect(await auditVerify(hub.platform.databaseUrl, (line) => lines.push(line))).toBe(0);
  expect(lines).toEqual([`ok: ${count} entries`]);

  const {
    rows: [victim],
  } = await hub.pool.query("select id::text as id from platform.access_log where purpose = 'Counter enquiry' order by id limit 1");
  const superuser = new Client({ connectionString: hub.platform.databaseUrl });
  await superuser.connect();
  try {
    await superuser.query('alter table platform.access_log disable trigger access_log_append_only');
    await superuser.query("update platform.access_log set purpose = 'Nothing to see' where id = $1", [victim.id]);
    await superuser.query('alter table platform.access_log enable trigger access_log_append_only');
  } finally {
    await superuser.end();
  }
  lines.length = 0;
  expect(await auditVerify(hub.platform.databaseUrl, (line) => lines.push(line))).toBe(1);
  expect(lines[0]).toContain(`broken: entry ${victim.id}`);
});

test('the access log refuses updates and deletes', async () => {
  await expect(hub.pool.query("update platform.access_log set purpose = 'x'")).rejects.toThrow(/append-only/);
  await expect(hub.pool.query('delete from platform.access_log')).rejects.toThrow(/append-only/);
});
