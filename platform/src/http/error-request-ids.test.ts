// An internal error is logged with the request id, and the client's masked message quotes that id.
import { ApolloServer } from '@apollo/server';
import { Writable } from 'node:stream';
import { createLogger } from '../logger';
import { errorRequestIds } from './error-request-ids';
import { safeError } from './format-error';
import { requestIdFrom } from './request-id';

function server() {
  const lines: string[] = [];
  const log = createLogger(
    { level: 'info', service: 'test' },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    }),
  );
  const apollo = new ApolloServer<{ requestId: string }>({
    typeDefs: 'type Query { boom: String, bad: String }',
    resolvers: {
      Query: {
        boom: () => {
          throw new Error('relation "secret_table" does not exist');
        },
        bad: () => {
          throw Object.assign(new Error('nope'), { extensions: { code: 'BAD_USER_INPUT' } });
        },
      },
    },
    plugins: [errorRequestIds(log)],
    formatError: (formatted) => safeError(formatted),
  });
  return { apollo, lines };
}

test('an internal error is masked, quotes the request id, and is logged with it', async () => {
  const { apollo, lines } = server();
  const response = await apollo.executeOperation({ query: '{ boom }' }, { contextValue: { requestId: 'req-42' } });
  const result = response.body.kind === 'single' ? response.body.singleResult : null;
  expect(result?.errors?.[0].message).toContain('req-42');
  expect(result?.errors?.[0].message).not.toContain('secret_table');
  expect(result?.errors?.[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' });
  const logged = lines.map((line) => JSON.parse(line)).find((line) => line.msg === 'unexpected error');
  expect(logged).toMatchObject({ requestId: 'req-42', path: ['boom'] });
});

test('a contract error is passed through and not logged as unexpected', async () => {
  const { apollo, lines } = server();
  const response = await apollo.executeOperation({ query: '{ bad }' }, { contextValue: { requestId: 'req-43' } });
  const result = response.body.kind === 'single' ? response.body.singleResult : null;
  expect(result?.errors?.[0]).toMatchObject({ message: 'nope' });
  expect(lines.filter((line) => line.includes('unexpected error'))).toHaveLength(0);
});

describe('requestIdFrom', () => {
  it('keeps a short plain id', () => {
    expect(requestIdFrom('req-abc.1:2_3')).toBe('req-abc.1:2_3');
  });

  it.each([
    ['129 characters', 'a'.repeat(129)],
    ['40,000 characters', 'a'.repeat(40_000)],
    ['a space', 'bad id'],
    ['a line break', 'x\ny'],
    ['empty', ''],
    ['missing', undefined],
  ])('replaces an id that is %s with a fresh UUID', (_label, header) => {
    expect(requestIdFrom(header)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
