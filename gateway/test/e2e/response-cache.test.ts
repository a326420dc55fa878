// The gateway caches whole anonymous answers of public data for the max-age the subgraph states, and
// nothing else: not a signed-in caller's answer, not a query touching a field without a cache hint.
import { useTestHub } from '../support/test-hub';
import { participantToken, BUDI } from '../support/tokens';

const hub = useTestHub({ OUTBOX_POLL_MS: '3600000' });

const PROGRAMS = `query BpjsTkPrograms { bpjsTkPrograms { code name description } }`;

async function post(query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${hub.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as { data?: any; errors?: unknown[] } };
}

test('an anonymous read of the programmes is answered from the cache the second time, with a public max-age', async () => {
  const first = await post(PROGRAMS);
  expect(first.body.errors).toBeUndefined();
  expect(first.response.headers.get('cache-control')).toMatch(/max-age=\d+, public/);
  const second = await post(PROGRAMS);
  expect(second.response.headers.get('x-cache')).toBe('HIT');
  expect(second.response.headers.get('cache-control')).toMatch(/max-age=\d+, public/);
  expect(second.body).toEqual({ data: first.body.data });
});

test('a hit says the same Cache-Control as the miss that stored it, capped by the cache, with its Age', async () => {
  const query = `query ProgramsAgain { bpjsTkPrograms { code } }`;
  const miss = await post(query);
  const hit = await post(query);
  expect(hit.response.headers.get('x-cache')).toBe('HIT');
  // bpjstk says max-age=3600; the gateway keeps answers at most GATEWAY_RESPONSE_CACHE_MAX_SECONDS (300).
  expect(miss.response.headers.get('cache-control')).toBe('max-age=300, public');
  expect(hit.response.headers.get('cache-control')).toBe(miss.response.headers.get('cache-control'));
  expect(Number(hit.response.headers.get('age'))).toBeGreaterThanOrEqual(0);
});

test('different variables are different entries', async () => {
  const near = `query Near($latitude: Float!, $longitude: Float!) { branchOffices(near: { latitude: $latitude, longitude: $longitude }, first: 2) { id distanceKm } }`;
  const jakarta = await post(near, {}, { latitude: -6.2, longitude: 106.8 });
  const medan = await post(near, {}, { latitude: 3.59, longitude: 98.67 });
  expect(jakarta.body.errors).toBeUndefined();
  expect(medan.response.headers.get('x-cache')).toBeNull();
  expect(medan.body.data).not.toEqual(jakarta.body.data);
  expect((await post(near, {}, { latitude: 3.59, longitude: 98.67 })).response.headers.get('x-cache')).toBe('HIT');
});

test('a signed-in caller is never served from nor stored in the cache', async () => {
  const headers = { authorization: `Bearer ${await participantToken(hub, BUDI)}` };
  await post(PROGRAMS, headers);
  const again = await post(PROGRAMS, headers);
  expect(again.body.errors).toBeUndefined();
  expect(again.response.headers.get('x-cache')).toBeNull();
});

test('a query with a field that has no cache hint is not cached', async () => {
  const mixed = `query Mixed { bpjsTkPrograms { code } trackJhtClaim(trackingCode: "JHT-NOPE") { status } }`;
  await post(mixed);
  const again = await post(mixed);
  expect(again.response.headers.get('x-cache')).toBeNull();
  expect(again.response.headers.get('cache-control') ?? '').not.toMatch(/public/);
});
