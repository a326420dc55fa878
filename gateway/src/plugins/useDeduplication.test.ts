import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from '../context';
import { deduplicationKey, useDeduplication } from './useDeduplication';

type Options = GraphQLDataSourceProcessOptions<GatewayContext>;

function options(query: string, context: Partial<GatewayContext> = {}, restrict?: jest.Mock): Options {
  return {
    request: { query, variables: { a: 1 } },
    context: { requestId: 'r', clientIp: 'ip', callerKind: 'anonymous', ...context },
    ...(restrict ? { incomingRequestContext: { overallCachePolicy: { restrict } } } : {}),
  } as unknown as Options;
}

/** A subgraph fetch that answers when told to, counting the calls. */
function deferredFetch() {
  const calls: Options[] = [];
  let answer!: (response: GatewayGraphQLResponse) => void;
  const fetch = jest.fn((o: Options) => {
    calls.push(o);
    return new Promise<GatewayGraphQLResponse>((resolve) => (answer = resolve));
  });
  return { fetch, calls, answer: (response: GatewayGraphQLResponse) => answer(response) };
}

test('identical queries in flight together share one fetch, each with its own copy of the answer', async () => {
  const share = useDeduplication(true)!;
  const subgraph = deferredFetch();
  const restrict = jest.fn();
  const first = share(options('query A { a }'), subgraph.fetch);
  const second = share(options('query A { a }', {}, restrict), subgraph.fetch);
  subgraph.answer({ data: { a: { n: 1 } } });
  const [one, two] = await Promise.all([first, second]);
  expect(subgraph.fetch).toHaveBeenCalledTimes(1);
  expect(one).toEqual({ data: { a: { n: 1 } } });
  expect(two).toEqual(one);
  expect(two.data).not.toBe(one.data);
  // The sharer never saw the subgraph's Cache-Control: its response may not be cached.
  expect(restrict).toHaveBeenCalledWith({ maxAge: 0 });
});

test('a finished fetch is not shared with a later identical query', async () => {
  const share = useDeduplication(true)!;
  const fetch = jest.fn(async () => ({ data: {} }));
  await share(options('{ a }'), fetch);
  await share(options('{ a }'), fetch);
  expect(fetch).toHaveBeenCalledTimes(2);
});

test('mutations, other callers and other purposes are never shared', () => {
  expect(deduplicationKey(options('mutation M { m }'))).toBeNull();
  const key = deduplicationKey(options('query Q { q }', { authorization: 'Bearer a' }));
  expect(key).not.toBeNull();
  expect(deduplicationKey(options('query Q { q }', { authorization: 'Bearer b' }))).not.toBe(key);
  expect(deduplicationKey(options('query Q { q }', { authorization: 'Bearer a', accessPurpose: 'audit' }))).not.toBe(key);
});

test('switched off, there is nothing to share through', () => {
  expect(useDeduplication(false)).toBeNull();
});
