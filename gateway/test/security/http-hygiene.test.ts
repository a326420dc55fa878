// HTTP hygiene of the gateway: security headers everywhere, CORS by allow-list, request ids bounded, client
// addresses believed only from the gateway, slow bodies cut off, /metrics behind a token with bounded labels,
// a bounded response cache, an upload quota, and limits on wrong secrets at /oauth/token.
import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { useTestHub } from '../support/test-hub';
import { participantToken, BUDI } from '../support/tokens';
import { PDF_BYTES, upload } from '../support/uploads';

const METRICS_TOKEN = 'metrics-token-0123456789';
const APP_ORIGIN = 'https://app.example.id';
const hub = useTestHub({
  OUTBOX_POLL_MS: '3600000',
  HUB_HSTS_SECONDS: '31536000',
  HUB_CORS_ORIGINS: `${APP_ORIGIN},https://studio.apollographql.com`,
  HUB_METRICS_TOKEN: METRICS_TOKEN,
  HUB_REQUEST_TIMEOUT_MS: '1000',
  GATEWAY_RESPONSE_CACHE_MAX_ENTRIES: '3',
  UPLOAD_QUOTA_FILES_PER_DAY: '2',
  OAUTH_FAILURES_PER_CLIENT: '3',
  LOGIN_FAILURES_PER_IP: '3',
});

const graphql = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${hub.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('security headers', () => {
  test.each([
    ['POST /graphql', () => graphql({ query: '{ __typename }' })],
    ['a card PDF path', () => fetch(`${hub.baseUrl}/cards/taspen/000.pdf`)],
    ['a document', () => fetch(`${hub.baseUrl}/uploads/${randomUUID()}`)],
    ['/health', () => fetch(`${hub.baseUrl}/health`)],
  ])('%s carries nosniff, no framing, a CSP, a referrer policy and HSTS (configured)', async (_name, request) => {
    const response = await request();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('CORS', () => {
  test('an allowed origin gets its preflight answered and may read the answer', async () => {
    const preflight = await fetch(`${hub.baseUrl}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: APP_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const response = await graphql({ query: '{ __typename }' }, { origin: APP_ORIGIN });
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  test('another origin gets no CORS headers, and its preflight is refused', async () => {
    const preflight = await fetch(`${hub.baseUrl}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const response = await graphql({ query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

test('a 15,000-character request id is replaced by a fresh one (40,000 is over the header limit: 431)', async () => {
  const response = await graphql({ query: '{ __typename }' }, { 'x-request-id': 'a'.repeat(15_000) });
  expect(response.status).toBe(200);
  expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});

describe('client addresses', () => {
  const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';
  const login = (url: string, forwardedFor: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ query: LOGIN, variables: { email: `nobody-${randomUUID()}@example.id`, password: 'wrong-password' } }),
    }).then(async (response) => ((await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code);

  test('a subgraph ignores X-Forwarded-For from anyone but the gateway', async () => {
    const codes = [];
    for (let i = 0; i < 5; i += 1) codes.push(await login(hub.services.identity.url, `198.51.100.${i}`));
    // Five "different" addresses straight at the subgraph are one caller: the per-address budget (3) runs out.
    expect(codes.slice(0, 3)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(codes.slice(3)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });

  test('the gateway states the client address it trusts, and the subgraph believes it', async () => {
    const codes = [];
    for (let i = 0; i < 5; i += 1) codes.push(await login(`${hub.baseUrl}/graphql`, `203.0.113.${i}`));
    expect(codes).toEqual(Array(5).fill('UNAUTHENTICATED'));
  });
});

test('a request whose body never finishes is cut off', async () => {
  const answer = await new Promise<string>((resolve) => {
    const socket = net.connect(hub.port, '127.0.0.1', () => {
      socket.write('POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"query":');
    });
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
    });
    socket.on('close', () => resolve(received));
    socket.on('error', () => resolve(received));
  });
  expect(answer).toMatch(/^HTTP\/1\.1 408/);
}, 20_000);

describe('/metrics', () => {
  test('needs the metrics bearer token', async () => {
    expect((await fetch(`${hub.baseUrl}/metrics`)).status).toBe(401);
    expect((await fetch(`${hub.baseUrl}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    expect((await fetch(`${hub.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(200);
  });

  test('labels only the operations the hub knows; invented names count as "other"', async () => {
    for (let i = 0; i < 20; i += 1) await graphql({ query: `query Invented${i} { __typename }` });
    await graphql({ query: 'query BpjsTkPrograms { bpjsTkPrograms { code } }' });
    const text = await (await fetch(`${hub.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    expect(text).not.toMatch(/Invented/);
    expect(text).toMatch(/hub_graphql_requests_total\{operation="other",outcome="success"\} 20/);
    expect(text).toMatch(/operation="BpjsTkPrograms"/);
  });
});

test('the response cache keeps at most its configured number of entries, dropping the oldest', async () => {
  const near = 'query Near($latitude: Float!, $longitude: Float!) { branchOffices(near: { latitude: $latitude, longitude: $longitude }, first: 1) { id } }';
  const ask = async (latitude: number) => {
    const response = await graphql({ query: near, variables: { latitude, longitude: 106.8 } });
    await response.json();
    return response.headers.get('x-cache');
  };
  await ask(-6.1);
  expect(await ask(-6.1)).toBe('HIT');
  for (const latitude of [-6.2, -6.3, -6.4]) await ask(latitude);
  expect(await ask(-6.1)).toBeNull();
  expect(await ask(-6.4)).toBe('HIT');
});

test('an account uploads at most its daily quota of files', async () => {
  const token = await participantToken(hub, { accountId: `acc-${randomUUID()}`, nik: BUDI.nik });
  expect((await upload(hub.baseUrl, token, PDF_BYTES)).status).toBe(201);
  expect((await upload(hub.baseUrl, token, PDF_BYTES)).status).toBe(201);
  const third = await upload(hub.baseUrl, token, PDF_BYTES);
  expect(third.status).toBe(429);
  expect(third.body.error).toBe('upload_quota_exceeded');
});

describe('/oauth/token', () => {
  const token = (clientId: string) =>
    fetch(`${hub.baseUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: 'wrong' }),
    });

  test('GET is 405 naming POST', async () => {
    const response = await fetch(`${hub.baseUrl}/oauth/token`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  test('wrong secrets for one client id are limited, with Retry-After', async () => {
    const clientId = `client-${randomUUID()}`;
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await token(clientId)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(Number((await token(clientId)).headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
