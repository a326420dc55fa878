// The KPT card: the participant's Taspen block, the PDF behind downloadUrl, and public verification.
import { useTestHub } from '../support/test-hub';
import { taspenOf } from '../support/taspen';
import { bpjsTkOf } from '../support/bpjstk';
import { BUDI, SITI, participantToken, taspenOfficerToken } from '../support/tokens';

const hub = useTestHub();
let [budi, siti] = ['', ''];

beforeAll(async () => {
  [budi, siti] = await Promise.all([participantToken(hub, BUDI), participantToken(hub, SITI)]);
});

const OVERVIEW = `nip employer status
  card { number issuedAt downloadUrl verificationCode }
  thtBalance { amount asOf }
  submissions(first: 10) { totalCount nodes { id type status trackingCode submittedAt } }`;

const VERIFY = `query VerifyCard($code: String!) { verifyCard(code: $code) { valid agency cardNumber holderName issuedAt } }`;

/** downloadUrl is absolute and names the gateway the test started (HUB_PUBLIC_URL defaults to it). */
const onTestGateway = (url: string) => {
  expect(url.startsWith(`${hub.baseUrl}/`)).toBe(true);
  return url;
};

test('a participant sees their own Taspen block: card, THT balance after step-up, submissions', async () => {
  const { taspen, errors } = await taspenOf(hub, BUDI.nik, OVERVIEW, budi);
  expect(errors).toBeUndefined();
  expect(taspen).toMatchObject({
    nip: BUDI.nip,
    employer: 'Pemerintah Kota Lhokseumawe',
    status: 'ACTIVE',
    card: { number: 'KPT-198503122010011001', issuedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    thtBalance: { amount: 38400000, asOf: '2026-10-31' },
    submissions: { totalCount: 0, nodes: [] },
  });
});

test('the THT balance needs a step-up; the rest of the block still answers', async () => {
  const token = await participantToken(hub, BUDI, { steppedUp: false });
  const { taspen, errors } = await taspenOf(hub, BUDI.nik, OVERVIEW, token);
  expect(taspen.thtBalance).toBeNull();
  expect(taspen.card.number).toBe('KPT-198503122010011001');
  expect(errors?.map((e) => e.extensions?.code)).toEqual(['STEP_UP_REQUIRED']);
});

test('a participant cannot read another person’s Taspen block; a Taspen officer can', async () => {
  const foreign = await taspenOf(hub, SITI.nik, 'nip', budi);
  expect(foreign.taspen).toBeNull();
  expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const staff = await taspenOf(hub, SITI.nik, 'nip card { number }', await taspenOfficerToken(hub), { 'x-access-purpose': 'Checking a KPT at the counter' });
  expect(staff.taspen).toEqual({ nip: SITI.nip, card: { number: 'KPT-197208151998032004' } });
});

test('the card PDF is served to its holder, with the QR code as an image', async () => {
  const { taspen } = await taspenOf(hub, BUDI.nik, 'card { number downloadUrl }', budi);
  const path = new URL(taspen.card.downloadUrl).pathname;
  expect(path).toBe('/cards/taspen/KPT-198503122010011001.pdf');
  const response = await fetch(`${hub.baseUrl}${path}`, { headers: { authorization: `Bearer ${budi}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const pdf = Buffer.from(await response.arrayBuffer());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
});

test('the signed downloadUrl works without a token; altered or unsigned it does not', async () => {
  const { taspen } = await taspenOf(hub, BUDI.nik, 'card { downloadUrl }', budi);
  const signed = onTestGateway(taspen.card.downloadUrl);
  expect((await fetch(signed)).status).toBe(200);
  expect((await fetch(signed.replace('198503122010011001', '197208151998032004'))).status).toBe(401);
  expect((await fetch(signed.split('?')[0])).status).toBe(401);
});

test('another participant cannot download someone’s card', async () => {
  const response = await fetch(`${hub.baseUrl}/cards/taspen/KPT-198503122010011001.pdf`, { headers: { authorization: `Bearer ${siti}` } });
  expect(response.status).toBe(404);
});

test('verifyCard accepts the real code with the holder name masked, and refuses an altered one', async () => {
  const { taspen } = await taspenOf(hub, BUDI.nik, 'card { number issuedAt verificationCode }', budi);
  const valid = await hub.gql(VERIFY, { code: taspen.card.verificationCode });
  expect(valid.errors).toBeUndefined();
  expect(valid.data?.verifyCard).toEqual({
    valid: true,
    agency: 'TASPEN',
    cardNumber: 'KPT-198503122010011001',
    holderName: 'Bu** Sa*****',
    issuedAt: taspen.card.issuedAt,
  });

  const [header, payload, signature] = taspen.card.verificationCode.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  const altered = Buffer.from(JSON.stringify({ ...claims, i: '2030-01-01' })).toString('base64url');
  // A signature with one of its leading bytes changed (the tail of base64url carries padding bits,
  // and a fixed replacement could equal the original).
  const flipped = Buffer.from(signature, 'base64url');
  flipped[0] ^= 0xff;
  const forged = `${header}.${payload}.${flipped.toString('base64url')}`;
  for (const code of [`${header}.${altered}.${signature}`, forged, 'not-a-code']) {
    expect((await hub.gql(VERIFY, { code })).data?.verifyCard).toEqual({
      valid: false,
      agency: null,
      cardNumber: null,
      holderName: null,
      issuedAt: null,
    });
  }
});

test('a BPJS TK card’s code is answered from BPJS TK’s own registry, which only a signed internal call reaches', async () => {
  const { bpjsTk, errors } = await bpjsTkOf(hub, BUDI.nik, 'card { number issuedAt verificationCode }', budi);
  expect(errors).toBeUndefined();
  expect((await hub.gql(VERIFY, { code: bpjsTk.card.verificationCode })).data?.verifyCard).toEqual({
    valid: true,
    agency: 'BPJSTK',
    cardNumber: bpjsTk.card.number,
    holderName: 'Bu** Sa*****',
    issuedAt: bpjsTk.card.issuedAt,
  });
  const unsigned = await fetch(new URL('/internal/cards/verify', hub.services.bpjstk.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: bpjsTk.card.verificationCode }),
  });
  expect(unsigned.status).toBe(401);
});
