import { ApolloServer } from '@apollo/server';
import { MemoryStore } from '#platform/kv/memory';
import type { GatewayContext } from '../context';
import { useResponseCache } from './useResponseCache';

const typeDefs = `
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
  type Query { programs: [String] @cacheControl(maxAge: 60, scope: PUBLIC) me: String }
`;

function gateway(maxSeconds = 30) {
  const resolved = jest.fn(() => ['JHT', 'JKK']);
  const cache = useResponseCache({ kv: new MemoryStore(), maxSeconds });
  const apollo = new ApolloServer<GatewayContext>({ typeDefs, resolvers: { Query: { programs: resolved, me: () => 'x' } }, plugins: [cache] });
  const anonymous: GatewayContext = { requestId: 'r', clientIp: 'ip', callerKind: 'anonymous' };
  const run = (query: string, context: Partial<GatewayContext> = {}) => apollo.executeOperation({ query }, { contextValue: { ...anonymous, ...context } });
  return { apollo, cache, resolved, run };
}

test('an anonymous public query is answered from the cache the second time, with the stored Cache-Control', async () => {
  const { apollo, cache, resolved, run } = gateway();
  const miss = await run('{ programs }');
  const hit = await run('{ programs }');
  expect(resolved).toHaveBeenCalledTimes(1);
  expect(miss.http.headers.get('cache-control')).toBe('max-age=30, public');
  expect(hit.http.headers.get('x-cache')).toBe('HIT');
  expect(hit.http.headers.get('cache-control')).toBe('max-age=30, public');
  expect(hit.body.kind === 'single' && hit.body.singleResult.data).toEqual({ programs: ['JHT', 'JKK'] });
  expect(cache.entries()).toBe(1);
  await apollo.stop();
});

test('a caller with a token or a purpose, and an answer without a public policy, are never cached', async () => {
  const { apollo, resolved, run } = gateway();
  await run('{ programs }', { authorization: 'Bearer t' });
  await run('{ programs }', { authorization: 'Bearer t' });
  await run('{ programs }', { accessPurpose: 'audit' });
  await run('{ programs }', { accessPurpose: 'audit' });
  expect(resolved).toHaveBeenCalledTimes(4);
  await run('{ programs me }');
  const again = await run('{ programs me }');
  expect(again.http.headers.get('x-cache')).toBeUndefined();
  await apollo.stop();
});

test('maxSeconds 0 turns the cache off', async () => {
  const { apollo, resolved, run } = gateway(0);
  await run('{ programs }');
  await run('{ programs }');
  expect(resolved).toHaveBeenCalledTimes(2);
  await apollo.stop();
});
