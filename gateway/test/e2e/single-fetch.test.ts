// The single-fetch fast path (gateway/src/single-fetch.ts) end to end: a repeated one-subgraph operation is
// answered in front of Apollo Server, an operation that joins subgraphs never takes the fast path, and the
// answers (body and headers) are the same whichever path served them.
import { startTestHub, type TestHub } from '../support/test-hub';
import { steppedUpToken } from '../support/consumers';
import { BUDI_TASPEN, register } from '../../../subgraphs/identity/test/support/flows';

let hub: TestHub;
let token: string;

beforeAll(async () => {
  hub = await startTestHub();
  const registered = await register(hub, BUDI_TASPEN, 'budi.fast@example.com');
  token = await steppedUpToken(hub, { accountId: registered.accountId, nik: BUDI_TASPEN.identity.nik });
});

afterAll(async () => {
  await hub?.close();
});

const ME = 'query Me { me { id email roles person { nik fullName birthDate } } }';
const JOINED = 'query Joined { me { id person { nik fullName taspen { nip } bpjsTk { kpj } } } }';

/** Headers that differ between any two responses. */
const PER_RESPONSE = new Set(['date', 'x-request-id']);

async function post(body: Record<string, unknown>, headers: Record<string, string> = { authorization: `Bearer ${token}` }) {
  const response = await fetch(`${hub.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const kept = [...response.headers].filter(([name]) => !PER_RESPONSE.has(name)).sort(([a], [b]) => a.localeCompare(b));
  return { status: response.status, headers: Object.fromEntries(kept), body: await response.text() };
}

async function fastPathAnswers(): Promise<{ http: number; plugin: number }> {
  const text = await (await fetch(`${hub.baseUrl}/metrics`)).text();
  const count = (path: string) => Number(new RegExp(`hub_gateway_single_fetch_total\\{path="${path}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
  return { http: count('http'), plugin: count('plugin') };
}

/** Sends the same request until the fast path's router has decided it (it is built after the first operation). */
async function repeatUntil(body: Record<string, unknown>, done: (counts: { http: number; plugin: number }) => boolean) {
  const answers = [];
  for (let i = 0; i < 20; i++) {
    answers.push(await post(body));
    if (done(await fastPathAnswers())) return answers;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the fast path never answered ${JSON.stringify(body)}`);
}

test('a repeated one-subgraph operation is answered in front of Apollo Server, with the executor’s very answer', async () => {
  const before = await fastPathAnswers();
  const answers = await repeatUntil({ query: ME }, (counts) => counts.http > before.http);
  // The first answer came from Apollo Gateway's executor (the router is built after it), the last from the bypass.
  const [executor] = answers;
  const bypassed = answers[answers.length - 1];
  expect(executor.status).toBe(200);
  expect(JSON.parse(executor.body).data.me.person.nik).toBe(BUDI_TASPEN.identity.nik);
  expect(bypassed).toEqual(executor);
  // Once decided, every repetition takes the bypass.
  const decided = await fastPathAnswers();
  expect(await post({ query: ME, operationName: 'Me' })).toEqual(executor);
  expect(await post({ query: ME })).toEqual(executor);
  const after = await fastPathAnswers();
  expect(after.http - decided.http).toBeGreaterThanOrEqual(1);
});

test('an operation that joins subgraphs never takes the fast path, and answers the same every time', async () => {
  await repeatUntil({ query: ME }, (counts) => counts.http > 0); // the router is built
  const before = await fastPathAnswers();
  const answers = [await post({ query: JOINED }), await post({ query: JOINED }), await post({ query: JOINED })];
  expect(await fastPathAnswers()).toEqual(before);
  const data = JSON.parse(answers[0].body).data;
  expect(data.me.person.taspen.nip).toEqual(expect.any(String));
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[2]).toEqual(answers[0]);
});

test('a refused token, wrong variables and an unknown Accept on a decided route answer as Apollo Server does', async () => {
  await repeatUntil({ query: ME }, (counts) => counts.http > 0);
  const refused = await post({ query: ME }, { authorization: 'Bearer not-a-token' });
  expect(refused.status).toBe(401);
  expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');

  const withVariable = 'query MeMaybePerson($person: Boolean!) { me { id person @include(if: $person) { nik } } }';
  for (let i = 0; i < 3; i++) expect((await post({ query: withVariable, variables: { person: true } })).status).toBe(200);
  const wrong = await post({ query: withVariable, variables: { person: 'yes' } });
  expect(wrong.status).toBe(400);
  expect(JSON.parse(wrong.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');

  const graphqlResponse = await post({ query: ME }, { authorization: `Bearer ${token}`, accept: 'application/graphql-response+json' });
  expect(graphqlResponse.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
  const negotiated = await post({ query: ME }, { authorization: `Bearer ${token}`, accept: 'application/graphql-response+json, application/json;q=0.9' });
  expect(negotiated.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
  expect(negotiated.body).toBe(graphqlResponse.body);
});
