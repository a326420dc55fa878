// The federated participant graph: one person, read through the gateway across both agencies.
import { useTestHub } from '../support/test-hub';

const hub = useTestHub();
let staff: { token: string; headers: Record<string, string> };

const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;

beforeAll(async () => {
  // Reading a person takes a signed-in caller: here the hub admin (both agencies), stating the purpose of the read.
  const login = await hub.gql(LOGIN, { email: 'admin@hub.local', password: 'dev-staff-password' });
  staff = { token: login.data!.login.accessToken, headers: { 'x-access-purpose': 'End-to-end test of the joined record' } };
});

const PERSON = `query Person($nik: String!) {
  person(nik: $nik) {
    nik fullName birthDate
    taspen { nip employer status }
    bpjsTk { kpj membership status }
  }
}`;

test('a persona with records at both agencies is read as one person through the gateway', async () => {
  const result = await hub.gql(PERSON, { nik: '3173051203850001' }, staff);
  expect(result.errors).toBeUndefined();
  expect(result.data?.person).toEqual({
    nik: '3173051203850001',
    fullName: 'Budi Santoso',
    birthDate: '1985-03-12',
    taspen: { nip: '198503122010011001', employer: 'Pemerintah Kota Lhokseumawe', status: 'ACTIVE' },
    bpjsTk: { kpj: '09012345678', membership: 'PU', status: 'INACTIVE' },
  });
});

test('a persona known to one agency only has null for the other', async () => {
  const result = await hub.gql(PERSON, { nik: '1173015508720002' }, staff);
  expect(result.data?.person.taspen.nip).toBe('197208151998032004');
  expect(result.data?.person.bpjsTk).toBeNull();
});

test('a malformed NIK is refused as bad input naming the field', async () => {
  const result = await hub.gql(PERSON, { nik: '12345' }, staff);
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nik' });
});

test('nobody reads a person without signing in', async () => {
  const result = await hub.gql(PERSON, { nik: '3173051203850001' });
  expect(result.data?.person).toBeNull();
  expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

test('readiness reports the database, the key-value store and every subgraph', async () => {
  const response = await fetch(`${hub.baseUrl}/ready`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { checks: Record<string, string> };
  expect(body.checks).toEqual({ database: 'up', keyValueStore: 'up', identity: 'up', taspen: 'up', bpjstk: 'up' });
});

test('the hub hands out its configuration complete and frozen: the public URL and service URLs name the ports taken', () => {
  expect(Object.isFrozen(hub.platform)).toBe(true);
  expect(Object.isFrozen(hub.platform.config)).toBe(true);
  expect(Object.isFrozen(hub.platform.serviceUrls)).toBe(true);
  expect(hub.platform.config.HUB_PUBLIC_URL).toBe(`http://localhost:${hub.port}`);
  for (const name of ['identity', 'taspen', 'bpjstk'] as const) {
    expect(hub.platform.serviceUrls[name]).toBe(new URL('/', hub.services[name].url).toString());
  }
  expect(() => {
    (hub.platform.serviceUrls as Record<string, string>).identity = 'http://elsewhere/';
  }).toThrow(TypeError);
});
