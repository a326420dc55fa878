// What the README's client section promises, as raw HTTP: GET needs a preflight header (CSRF prevention), the
// same person has the same id in every answer (normalised caches), and a partial answer has data next to errors.
import { useTestHub } from '../support/test-hub';
import { participantToken, BUDI } from '../support/tokens';

const hub = useTestHub({ OUTBOX_POLL_MS: '3600000' });

const PROGRAMS = encodeURIComponent('query BpjsTkPrograms { bpjsTkPrograms { code } }');

test('a GET query is refused without a preflight header and answered with apollo-require-preflight', async () => {
  const refused = await fetch(`${hub.baseUrl}/graphql?query=${PROGRAMS}`);
  expect(refused.status).toBe(400);
  const answered = await fetch(`${hub.baseUrl}/graphql?query=${PROGRAMS}`, { headers: { 'apollo-require-preflight': 'true' } });
  expect(answered.status).toBe(200);
  expect(((await answered.json()) as { data: { bpjsTkPrograms: unknown[] } }).data.bpjsTkPrograms.length).toBeGreaterThan(0);
});

test('the same person has the same id in every answer', async () => {
  const token = await participantToken(hub, BUDI);
  const first = await hub.gql('query A($nik: String!) { person(nik: $nik) { id nik } }', { nik: BUDI.nik }, { token });
  const second = await hub.gql('query B($nik: String!) { person(nik: $nik) { id taspen { nip } } }', { nik: BUDI.nik }, { token });
  expect(first.data?.person.id).toMatch(/^P[\w-]{22}$/);
  expect(first.data?.person.id).not.toContain(BUDI.nik);
  expect(second.data?.person.id).toBe(first.data?.person.id);
});

test('a partial answer: the field a caller may not read is null, with its error naming the path', async () => {
  const token = await participantToken(hub, BUDI, { steppedUp: false });
  const result = await hub.gql('query C($nik: String!) { person(nik: $nik) { nik taspen { nip thtBalance { amount } } } }', { nik: BUDI.nik }, { token });
  expect(result.status).toBe(200);
  expect(result.data?.person.nik).toBe(BUDI.nik);
  expect(result.data?.person.taspen.nip).toBe(BUDI.nip);
  expect(result.data?.person.taspen.thtBalance).toBeNull();
  expect(result.errors?.[0]).toMatchObject({ path: ['person', 'taspen', 'thtBalance'], extensions: { code: 'STEP_UP_REQUIRED' } });
});
