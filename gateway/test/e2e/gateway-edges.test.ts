// The gateway's own behaviour: request ids, metrics, JWKS, query limits, batching, body size,
// error masking and staff-only introspection in production.
import { staffCaller } from '#platform/testing/callers';
import { useTestHub, startTestHub, type TestHub } from '../support/test-hub';
import { tokenFor } from '../support/tokens';

const hub = useTestHub();

async function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${hub.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

test('a request id given by the client is echoed back, and one is created when missing', async () => {
  const given = await post({ query: '{ __typename }' }, { 'x-request-id': 'req-abc-123' });
  expect(given.headers.get('x-request-id')).toBe('req-abc-123');
  const created = await post({ query: '{ __typename }' });
  expect(created.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});

test('metrics count requests by operation name and outcome in Prometheus text format', async () => {
  await post({ query: 'query BpjsTkPrograms { __typename }', operationName: 'BpjsTkPrograms' });
  const response = await fetch(`${hub.baseUrl}/metrics`);
  const text = await response.text();
  expect(response.headers.get('content-type')).toContain('text/plain');
  expect(text).toMatch(/hub_graphql_requests_total\{operation="BpjsTkPrograms",outcome="success"\} 1/);
  expect(text).toContain('hub_graphql_request_duration_seconds_bucket');
});

test('the JWKS publishes public Ed25519 keys only', async () => {
  const jwks = (await (await fetch(`${hub.baseUrl}/.well-known/jwks.json`)).json()) as { keys: Array<Record<string, string>> };
  expect(jwks.keys.length).toBeGreaterThanOrEqual(2);
  for (const key of jwks.keys) {
    expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' });
    expect(key.d).toBeUndefined();
  }
});

test('batched HTTP requests are refused', async () => {
  const response = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
  expect(response.status).toBe(400);
});

test('too many aliases are refused before execution', async () => {
  const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: person(nik: "3173051203850001") { nik }`).join(' ');
  const response = await post({ query: `{ ${aliases} }` });
  const body = (await response.json()) as { data?: unknown; errors: Array<{ message: string; extensions: { code: string } }> };
  expect(body.data).toBeUndefined();
  expect(body.errors[0].message).toMatch(/alias/i);
});

test('a body over the size limit is refused with 413', async () => {
  const response = await post({ query: `{ __typename }`, variables: { padding: 'x'.repeat(1_100_000) } });
  expect(response.status).toBe(413);
});

test('a forged bearer token is refused with 401 before anything runs', async () => {
  const response = await post({ query: '{ __typename }' }, { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' });
  expect(response.status).toBe(401);
  const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
});

test('errors never carry a stack trace', async () => {
  const result = await hub.gql('{ person(nik: "1") { nik } }');
  expect(result.errors?.length).toBeGreaterThan(0);
  expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|\.ts:\d+|at Object\./);
});

test('a valid token for an account that does not exist is UNAUTHENTICATED, not an internal error', async () => {
  const { token } = await hub.platform.issuer.issue({
    kind: 'participant',
    accountId: 'not-a-uuid',
    nik: '3173051203850001',
    sessionId: 's-ghost',
    stepUpAt: null,
  });
  const result = await hub.gql('{ me { id } }', {}, { token });
  expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

describe('in production', () => {
  let production: TestHub;

  beforeAll(async () => {
    production = await startTestHub({
      NODE_ENV: 'production',
      PAYMENT_WEBHOOK_SECRET: 'test-payment-secret',
      SMS_WEBHOOK_SECRET: 'test-sms-secret',
      INTERNAL_SERVICE_SECRET: 'test-internal-secret-0123456789',
      OTP_HMAC_SECRET: 'test-otp-secret-0123456789abcdef',
      HUB_SIGNING_KEYS: JSON.stringify(
        require('node:fs').existsSync(`${process.env.HUB_TEST_DATA_DIR}/keys/signing-keys.json`)
          ? JSON.parse(require('node:fs').readFileSync(`${process.env.HUB_TEST_DATA_DIR}/keys/signing-keys.json`, 'utf8'))
          : [],
      ),
    });
  });

  afterAll(async () => {
    await production?.close();
  });

  test('introspection is refused to anyone but staff', async () => {
    const anonymous = await production.gql('{ __schema { queryType { name } } }');
    expect(anonymous.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const token = await tokenFor(production, staffCaller(['HUB_ADMIN'], null, { accountId: 'staff-1', email: 'admin@hub.local', sessionId: 's-1' }));
    const staff = await production.gql('{ __schema { queryType { name } } }', {}, { token });
    expect(staff.data?.__schema.queryType.name).toBe('Query');
  });

  test('the landing page is the self-hosted explorer, not a page from a third party', async () => {
    const response = await fetch(`${production.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(html).toContain('/explorer/assets/graphiql.js');
    expect(html).not.toMatch(/https?:\/\//);
  });
});
