// Abuse from the outside: forged tokens, oversized and over-complex requests, OTP brute force, injection
// strings in every kind of string input, disguised and oversized uploads. Nothing gets in, nothing runs that
// should not, no error shows a stack, SQL or file path, and the server's logs (debug level, captured for the
// whole file) show none of the NIKs, phone numbers, e-mails, codes or tokens in clear.
import { generateKeyPair, SignJWT } from 'jose';
import { createHmac, randomUUID } from 'node:crypto';
import { useTestHub } from '../support/test-hub';
import { LogCapture } from '../support/log-capture';
import { withAccount } from '../support/bpjstk';
import { BUDI, participantToken, taspenOfficerToken } from '../support/tokens';
import { PDF_BYTES, upload } from '../support/uploads';

const logs = new LogCapture();
const hub = useTestHub({ LOG_LEVEL: 'debug', OTP_SENDS_PER_IP_PER_HOUR: '1000' }, { logDestination: logs });
let budiToken: string;
/** Every response body this file received, checked at the end for internals. */
const seen: string[] = [];
/** Every secret the file used, checked at the end against the logs. */
const secrets = new Set<string>([BUDI.nik, BUDI.nip]);

beforeAll(async () => {
  budiToken = await participantToken(hub, await withAccount(hub, BUDI));
  secrets.add(budiToken);
});

async function gql(query: string, variables: Record<string, unknown> = {}, options: { token?: string; headers?: Record<string, string> } = {}) {
  const result = await hub.gql(query, variables, options);
  seen.push(JSON.stringify(result));
  return result;
}

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${hub.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  seen.push(text);
  return {
    status: response.status,
    text,
    json: (() => {
      try {
        return JSON.parse(text);
      } catch {
        return null;
      }
    })(),
  };
}

const codesOf = (result: { errors?: Array<{ extensions?: Record<string, any> }> }) => (result.errors ?? []).map((e) => e.extensions?.code);
const freshIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

describe('forged tokens', () => {
  const ME = `{ me { id person { nik fullName } } }`;
  const claims = () => ({ kind: 'participant', accountId: 'acc-budi', nik: BUDI.nik, sessionId: `s-${randomUUID()}`, stepUpAt: Math.floor(Date.now() / 1000) });
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const settings = () => ({ issuer: hub.platform.config.HUB_TOKEN_ISSUER, audience: hub.platform.config.HUB_TOKEN_AUDIENCE });
  const now = () => Math.floor(Date.now() / 1000);

  const forgeries: Array<[string, () => Promise<string>]> = [
    [
      'alg none',
      async () => {
        const { issuer, audience } = settings();
        return `${b64({ alg: 'none', typ: 'at+jwt' })}.${b64({ ...claims(), iss: issuer, aud: audience, sub: 'acc-budi', iat: now(), exp: now() + 600 })}.`;
      },
    ],
    [
      'HS256 signed with the published public key',
      async () => {
        const { issuer, audience } = settings();
        const jwk = hub.platform.keys.jwks.keys.find((k) => k.kid === hub.platform.keys.access.kid)!;
        const header = b64({ alg: 'HS256', typ: 'at+jwt', kid: jwk.kid });
        const payload = b64({ ...claims(), iss: issuer, aud: audience, sub: 'acc-budi', iat: now(), exp: now() + 600 });
        const signature = createHmac('sha256', Buffer.from(String(jwk.x), 'base64url'))
          .update(`${header}.${payload}`)
          .digest('base64url');
        return `${header}.${payload}.${signature}`;
      },
    ],
    [
      'EdDSA signed with a key of its own under the hub key id',
      async () => {
        const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
        const { issuer, audience } = settings();
        return new SignJWT(claims())
          .setProtectedHeader({ alg: 'EdDSA', kid: hub.platform.keys.access.kid, typ: 'at+jwt' })
          .setIssuer(issuer)
          .setAudience(audience)
          .setSubject('acc-budi')
          .setIssuedAt()
          .setExpirationTime('10m')
          .sign(privateKey);
      },
    ],
    ['expired', async () => (await hub.platform.issuer.issue(claims() as never, -60)).token],
    [
      'for another audience',
      async () => {
        const { issuer } = settings();
        return new SignJWT(claims())
          .setProtectedHeader({ alg: 'EdDSA', kid: hub.platform.keys.access.kid, typ: 'at+jwt' })
          .setIssuer(issuer)
          .setAudience('some-other-api')
          .setSubject('acc-budi')
          .setIssuedAt()
          .setExpirationTime('10m')
          .sign(hub.platform.keys.access.privateKey);
      },
    ],
    [
      'from another issuer',
      async () => {
        const { audience } = settings();
        return new SignJWT(claims())
          .setProtectedHeader({ alg: 'EdDSA', kid: hub.platform.keys.access.kid, typ: 'at+jwt' })
          .setIssuer('https://evil.example')
          .setAudience(audience)
          .setSubject('acc-budi')
          .setIssuedAt()
          .setExpirationTime('10m')
          .sign(hub.platform.keys.access.privateKey);
      },
    ],
    [
      'with a tampered payload',
      async () => {
        const real = await participantToken(hub, { accountId: 'acc-siti', nik: '1173015508720002' });
        const [header, , signature] = real.split('.');
        return `${header}.${b64({ ...claims(), iss: settings().issuer, aud: settings().audience, sub: 'acc-budi', iat: now(), exp: now() + 600 })}.${signature}`;
      },
    ],
  ];

  test.each(forgeries)('a token %s is refused by the gateway and by a subgraph asked directly', async (_name, forge) => {
    const token = await forge();
    secrets.add(token);
    const result = await gql(ME, {}, { token });
    expect(result.status).toBe(401);
    expect(result.data?.me ?? null).toBeNull();
    expect(codesOf(result)).toEqual(['UNAUTHENTICATED']);
    const direct = await fetch(hub.services.taspen.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { taspen { nip } } } }`,
        variables: { r: [{ __typename: 'Person', nik: BUDI.nik }] },
      }),
    });
    expect(direct.status).toBe(401);
    expect(await direct.text()).not.toContain(BUDI.nip);
  });
});

describe('request limits, enforced before execution', () => {
  const START = (email: string) => `startRegistration(input: { agency: TASPEN, email: "${email}" }) { registrationId }`;
  const outboxCount = async () => (await hub.pool.query(`select count(*)::int as n from identity.outbox`)).rows[0].n as number;

  test('too many aliases of a mutation are refused and nothing is sent', async () => {
    const before = await outboxCount();
    const query = `mutation { ${Array.from({ length: 40 }, (_, i) => `a${i}: ${START(`alias${i}@example.id`)}`).join(' ')} }`;
    const result = await post(JSON.stringify({ query }));
    expect(result.json?.data ?? null).toBeNull();
    expect(result.json?.errors?.[0].message).toMatch(/alias/i);
    expect(await outboxCount()).toBe(before);
  });

  test('a query over the cost limit is refused', async () => {
    const fields = Array.from({ length: 14 }, (_, i) => `c${i}: jhtClaims(first: 100) { nodes { id trackingCode status channel submittedAt } }`).join(' ');
    const nested = `{ ${fields} }`;
    const result = await post(JSON.stringify({ query: nested }), { authorization: `Bearer ${await taspenOfficerToken(hub)}` });
    expect(result.json?.data ?? null).toBeNull();
    expect(result.json?.errors?.[0].message).toMatch(/cost/i);
  });

  test('a query with too many tokens is refused', async () => {
    const result = await post(JSON.stringify({ query: `{ ${'__typename '.repeat(2_500)} }` }));
    expect(result.json?.data ?? null).toBeNull();
    expect(result.json?.errors?.[0].message).toMatch(/token/i);
  });

  test('batched requests are refused and none of them runs', async () => {
    const before = await outboxCount();
    const result = await post(
      JSON.stringify([{ query: `mutation { ${START('batch1@example.id')} }` }, { query: `mutation { ${START('batch2@example.id')} }` }]),
    );
    expect(result.status).toBe(400);
    expect(await outboxCount()).toBe(before);
  });

  test('a 1 MB body is refused with 413 and nothing runs', async () => {
    const before = await outboxCount();
    const result = await post(JSON.stringify({ query: `mutation { ${START('big@example.id')} }`, variables: { pad: 'x'.repeat(1_048_576) } }));
    expect(result.status).toBe(413);
    expect(await outboxCount()).toBe(before);
  });
});

describe('OTP brute force', () => {
  const START = `mutation($input: StartRegistrationInput!) { startRegistration(input: $input) { registrationId challenge { id } } }`;
  const VERIFY = `mutation($id: ID!, $code: String!) { verifyRegistrationOtp(registrationId: $id, code: $code) { nextStep } }`;
  let counter = 0;

  async function started() {
    const email = `brute-${++counter}-${randomUUID().slice(0, 6)}@example.id`;
    secrets.add(email);
    const ip = freshIp();
    const result = await gql(START, { input: { agency: 'TASPEN', email } }, { headers: { 'x-forwarded-for': ip } });
    const response = await fetch(`${hub.baseUrl}/dev/outbox?to=${encodeURIComponent(email)}`);
    const body = (await response.json()) as { messages: Array<{ body: string }> };
    const code = /(\d{6})/.exec(body.messages[0].body)![1];
    secrets.add(code);
    return { id: result.data!.startRegistration.registrationId as string, code, headers: { 'x-forwarded-for': ip } };
  }
  const wrongCodes = (code: string, n: number) => Array.from({ length: n }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));

  test('sequential guesses: five wrong codes lock the challenge, the right one then fails too', async () => {
    const { id, code, headers } = await started();
    for (const guess of wrongCodes(code, 5)) await gql(VERIFY, { id, code: guess }, { headers });
    expect(codesOf(await gql(VERIFY, { id, code }, { headers }))).toEqual(['OTP_LOCKED']);
  });

  test('30 concurrent guesses get at most five tries', async () => {
    const { id, code, headers } = await started();
    const results = await Promise.all(wrongCodes(code, 30).map((guess) => gql(VERIFY, { id, code: guess }, { headers })));
    const codes = results.flatMap(codesOf);
    expect(codes.filter((c) => c === 'OTP_INVALID').length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c !== 'OTP_INVALID' && c !== 'OTP_LOCKED')).toEqual([]);
    expect(codesOf(await gql(VERIFY, { id, code }, { headers }))).toEqual(['OTP_LOCKED']);
  });

  test('aliased guesses in one request, the right code among them, get nowhere', async () => {
    const { id, code, headers } = await started();
    const guesses = [...wrongCodes(code, 10), code];
    const query = `mutation($id: ID!) { ${guesses.map((g, i) => `a${i}: verifyRegistrationOtp(registrationId: $id, code: "${g}") { nextStep }`).join(' ')} }`;
    const result = await gql(query, { id }, { headers });
    expect(result.data?.a10 ?? null).toBeNull();
    expect(codesOf(result).filter((c) => c === 'OTP_INVALID').length).toBeLessThanOrEqual(5);
    expect(codesOf(await gql(VERIFY, { id, code }, { headers }))).toEqual(['OTP_LOCKED']);
  });
});

describe('injection strings', () => {
  const PAYLOADS = [
    `' OR 1=1 --`,
    `'; drop table taspen.participant; --`,
    `\n{"level":"fatal","msg":"forged"}`,
    `x\r\nSet-Cookie: evil=1`,
    `<script>alert(1)</script>`,
    `\${7*7}{{7*7}}`,
    `../../etc/passwd`,
    '\u0000',
  ];

  const OPERATIONS: Array<[string, string, (p: string) => Record<string, unknown>, () => string | undefined]> = [
    [
      'startRegistration email',
      `mutation($input: StartRegistrationInput!) { startRegistration(input: $input) { registrationId } }`,
      (p) => ({ input: { agency: 'TASPEN', email: p } }),
      () => undefined,
    ],
    ['login', `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, (p) => ({ e: p, p }), () => undefined],
    [
      'requestAccountReset',
      `mutation($input: AccountResetInput!) { requestAccountReset(input: $input) { ticketId } }`,
      (p) => ({ input: { nik: p, fullName: p, birthDate: '1985-03-12', newEmail: p, newPhone: p, reason: p } }),
      () => undefined,
    ],
    [
      'requestAccountReset free text',
      `mutation($input: AccountResetInput!) { requestAccountReset(input: $input) { ticketId } }`,
      (p) => ({
        input: { nik: BUDI.nik, fullName: `Budi ${p}`, birthDate: BUDI.birthDate, newEmail: 'budi.new@example.id', newPhone: '081234567899', reason: p },
      }),
      () => undefined,
    ],
    ['taspenParticipantCheck', `query($i: String!) { taspenParticipantCheck(identifier: $i) { found } }`, (p) => ({ i: p }), () => undefined],
    ['trackJhtClaim', `query($c: String!) { trackJhtClaim(trackingCode: $c) { status } }`, (p) => ({ c: p }), () => undefined],
    ['verifyCard', `query($c: String!) { verifyCard(code: $c) { valid } }`, (p) => ({ c: p }), () => undefined],
    ['person(nik)', `query($n: String!) { person(nik: $n) { nik } }`, (p) => ({ n: p }), () => budiToken],
    [
      'submitServiceFeedback comment',
      `mutation($input: ServiceFeedbackInput!) { submitServiceFeedback(input: $input) { id } }`,
      (p) => ({ input: { service: 'INFORMATION', rating: 5, comment: p } }),
      () => budiToken,
    ],
    [
      'recoverKpj',
      `mutation($input: KpjRecoveryInput!) { recoverKpj(input: $input) { delivered } }`,
      (p) => ({ input: { nik: BUDI.nik, fullName: p, birthDate: BUDI.birthDate } }),
      () => undefined,
    ],
    [
      'registerBpuParticipant',
      `mutation($input: BpuRegistrationInput!) { registerBpuParticipant(input: $input) { id } }`,
      (p) => ({
        input: {
          nik: '3273015505920001',
          fullName: `Sari ${p}`,
          birthDate: '1992-05-15',
          email: 'sari@example.id',
          phone: '081234567890',
          occupation: p,
          monthlyIncome: 2_000_000,
          programs: ['JKK', 'JKM'],
          address: p,
          city: p,
          idempotencyKey: p,
        },
      }),
      () => undefined,
    ],
  ];

  const cases = OPERATIONS.flatMap(([name, query, vars, token]) =>
    PAYLOADS.map((payload) => [name, JSON.stringify(payload), query, vars, token, payload] as const),
  );

  test.each(cases)('%s with %s is stored or refused harmlessly', async (_name, _shown, query, vars, token, payload) => {
    const result = await gql(query, vars(payload), {
      token: token(),
      headers: { 'x-forwarded-for': freshIp(), 'x-access-purpose': payload.replace(/[\r\n\u0000]/g, ' ') },
    });
    expect(result.status).toBeLessThan(500);
    expect(codesOf(result)).not.toContain('INTERNAL_SERVER_ERROR');
  });

  test('the tables the SQL payloads aimed at are intact', async () => {
    const { rows } = await hub.pool.query(`select count(*)::int as n from taspen.participant`);
    expect(rows[0].n).toBeGreaterThan(0);
  });

  test('a request id with CRLF is not echoed and cannot add a header', async () => {
    const response = await fetch(`${hub.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'abc%0d%0aSet-Cookie:%20evil=1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  test('no log line was forged: every captured line is one JSON object and none claims level fatal', () => {
    for (const line of logs.lines) {
      const parsed = JSON.parse(line) as { level: string };
      expect(parsed.level).not.toBe('fatal');
    }
  });

  test('every log line names each key once (a log store keeps one of two same-named keys, and not always the same one)', () => {
    expect(logs.lines.length).toBeGreaterThan(0);
    // Written again from the parsed object, a line with a repeated key comes out shorter.
    for (const line of logs.lines) expect(JSON.stringify(JSON.parse(line))).toBe(line);
  });
});

describe('uploads', () => {
  const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
  const HTML = Buffer.from('<!doctype html><html><script>alert(document.cookie)</script></html>');
  const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');

  test.each([
    ['a Windows executable named .pdf with a PDF content type', EXE],
    ['an HTML page named .pdf with a PDF content type', HTML],
    ['an SVG named .pdf with a PDF content type', SVG],
    ['an HTML page that starts with spaces before %PDF', Buffer.concat([Buffer.from('   '), PDF_BYTES])],
  ])('%s is refused with 415', async (_name, bytes) => {
    const result = await upload(hub.baseUrl, budiToken, bytes, { fileName: 'statement.pdf', type: 'application/pdf' });
    expect(result.status).toBe(415);
    expect(result.body.id).toBeUndefined();
  });

  test('a file over 5 MiB is refused with 413', async () => {
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(5 * 1024 * 1024 + 10, 0x20)]);
    const result = await upload(hub.baseUrl, budiToken, big, { fileName: 'big.pdf', type: 'application/pdf' });
    expect(result.status).toBe(413);
  });

  test('a file without a token, or with a forged one, is refused with 401', async () => {
    expect((await upload(hub.baseUrl, undefined, PDF_BYTES)).status).toBe(401);
    expect((await upload(hub.baseUrl, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', PDF_BYTES)).status).toBe(401);
  });

  test('nothing refused was stored', async () => {
    const { rows } = await hub.pool.query(`select count(*)::int as n from platform.document`);
    expect(rows[0].n).toBe(0);
  });
});

describe('after the whole file', () => {
  test('no response carried a stack trace, SQL or a file path', () => {
    expect(seen.length).toBeGreaterThan(50);
    for (const body of seen) {
      expect(body).not.toMatch(/stacktrace|\bat \S+ \(|\.ts:\d+|\.js:\d+|node_modules|\/work\/|select .* from|insert into|syntax error at|relation "/i);
    }
  });

  test('the logs hold none of the NIKs, e-mails, phone numbers, codes or tokens in clear', () => {
    expect(logs.lines.length).toBeGreaterThan(0);
    const tokens = [...secrets].filter((s) => s.split('.').length === 3);
    const all = [
      ...secrets,
      '+6281234567890',
      '081234567890',
      'sari@example.id',
      'budi.new@example.id',
      '081234567899',
      ...tokens.map((tk) => tk.split('.')[2]).filter((s) => s.length > 10),
    ];
    expect(logs.leaks(all)).toEqual([]);
  });
});
