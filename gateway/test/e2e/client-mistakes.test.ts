// A client's mistake is a 4xx with a code that says what was wrong: syntax errors, an operation that cannot
// be picked, and each document limit under its own name — never a 500.
import { participantToken, BUDI } from '../support/tokens';
import { useTestHub } from '../support/test-hub';

const hub = useTestHub({ OUTBOX_POLL_MS: '3600000' });

type Body = { data?: unknown; errors: Array<{ message: string; extensions: Record<string, unknown> }> };

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${hub.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

test('a syntax error is 400 GRAPHQL_PARSE_FAILED', async () => {
  const { status, body } = await post({ query: '{' });
  expect(status).toBe(400);
  expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  expect(body.data).toBeUndefined();
});

test('a document over the token limit is 400 TOKEN_LIMIT_EXCEEDED, named as a limit', async () => {
  const fields = Array.from({ length: 2_100 }, () => '__typename').join(' ');
  const { status, body } = await post({ query: `{ ${fields} }` });
  expect(status).toBe(400);
  expect(body.errors[0].extensions).toMatchObject({ code: 'TOKEN_LIMIT_EXCEEDED', maximum: 2_000 });
  expect(body.errors[0].message).not.toMatch(/Syntax Error/);
});

test('too many aliases is 400 ALIAS_LIMIT_EXCEEDED, not a syntax error', async () => {
  const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: bpjsTkPrograms { code }`).join(' ');
  const { status, body } = await post({ query: `{ ${aliases} }` });
  expect(status).toBe(400);
  expect(body.errors[0].extensions).toMatchObject({ code: 'ALIAS_LIMIT_EXCEEDED', maximum: 15 });
  expect(body.errors[0].message).toMatch(/^Query limit exceeded: at most 15 aliases per document \(found 20\)/);
});

test('a document nested too deep is 400 DEPTH_LIMIT_EXCEEDED', async () => {
  const deep = `{ ${'me { '.repeat(14)}id${' }'.repeat(14)} }`;
  const { status, body } = await post({ query: deep });
  expect(status).toBe(400);
  expect(body.errors.map((error) => error.extensions.code)).toContain('DEPTH_LIMIT_EXCEEDED');
});

test('an unknown operation name is 400, anonymous or signed in', async () => {
  const anonymous = await post({ query: 'query A { __typename }', operationName: 'B' });
  expect(anonymous.status).toBe(400);
  expect(anonymous.body.errors[0]).toMatchObject({ message: 'Unknown operation named "B".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
  const token = await participantToken(hub, BUDI);
  const signedIn = await post({ query: 'query A { __typename }', operationName: 'B' }, { authorization: `Bearer ${token}` });
  expect(signedIn.status).toBe(400);
  expect(signedIn.body.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
});

test('several operations without an operation name is 400 naming what to do', async () => {
  const { status, body } = await post({ query: 'query A { __typename } query B { __typename }' });
  expect(status).toBe(400);
  expect(body.errors[0].message).toMatch(/operationName/);
  expect(body.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
});
