// Who may read person(nik): the participant for their own NIK, staff stating a purpose; nobody else.
import { useTestHub } from '../../../../gateway/test/support/test-hub';
import { SITI, register, staffLogin, type Registered } from '../support/flows';

const hub = useTestHub();
let siti: Registered;

const PERSON = `query Person($nik: String!) { person(nik: $nik) { nik fullName birthDate taspen { nip } } }`;

beforeAll(async () => {
  siti = await register(hub, SITI, 'siti.access@example.com');
});

test('a participant reads their own person', async () => {
  const result = await hub.gql(PERSON, { nik: SITI.identity.nik }, { token: siti.accessToken });
  expect(result.errors).toBeUndefined();
  expect(result.data?.person).toMatchObject({ nik: SITI.identity.nik, fullName: 'Siti Rahmawati', taspen: { nip: SITI.identity.nip } });
});

test('a participant reading another person is refused and sees none of the data', async () => {
  const result = await hub.gql(PERSON, { nik: '3173051203850001' }, { token: siti.accessToken });
  expect(result.data?.person).toBeNull();
  expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(JSON.stringify(result)).not.toContain('Budi');
});

test('an anonymous caller is UNAUTHENTICATED', async () => {
  const result = await hub.gql(PERSON, { nik: SITI.identity.nik });
  expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

test('staff must state a purpose in X-Access-Purpose', async () => {
  const officer = await staffLogin(hub, 'officer.taspen@hub.local');
  const without = await hub.gql(PERSON, { nik: SITI.identity.nik }, { token: officer.accessToken });
  expect(without.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(without.errors?.[0].message).toMatch(/X-Access-Purpose/);
  const withPurpose = await hub.gql(
    PERSON,
    { nik: SITI.identity.nik },
    {
      token: officer.accessToken,
      headers: { 'x-access-purpose': 'Verifying a KPT request at the counter' },
    },
  );
  expect(withPurpose.errors).toBeUndefined();
  expect(withPurpose.data?.person.fullName).toBe('Siti Rahmawati');
});
