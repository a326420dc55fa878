// Whole-response cache for public data, in the key-value store (Redis when configured, so every gateway
// worker shares it). Only anonymous queries (no Authorization, no access purpose) are cached, and only
// when every subgraph answer said `Cache-Control: public, max-age=N` (the gateway folds those headers
// into the request's cache policy; a subgraph without the header makes the whole response uncacheable).
// Keyed by query, operation name and variables; kept for the policy's max-age, capped by configuration.
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { KeyValueStore } from '#platform/kv/kv';
import type { GatewayContext } from './data-source';

export interface ResponseCacheOptions {
  kv: KeyValueStore;
  /** Upper bound for the time an answer is kept, whatever the subgraphs allow. 0 turns the cache off. */
  maxSeconds: number;
  onHit?(): void;
}

const KEY_PREFIX = 'gateway:response:';

export function responseCache(options: ResponseCacheOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (options.maxSeconds <= 0 || contextValue.authorization || contextValue.accessPurpose) return;
      let key: string | undefined;
      let hit = false;
      return {
        async responseForOperation({ request, operation }) {
          if (operation?.operation !== 'query') return null;
          key = KEY_PREFIX + createHash('sha256').update(JSON.stringify([request.query, request.operationName ?? null, request.variables ?? {}])).digest('hex');
          const cached = await options.kv.get(key).catch(() => null);
          if (!cached) return null;
          hit = true;
          options.onHit?.();
          const ttl = await options.kv.ttl(key).catch(() => -2);
          const http = { status: undefined, headers: new HeaderMap([['x-cache', 'HIT']]) };
          if (ttl > 0) http.headers.set('cache-control', `max-age=${ttl}, public`);
          return { body: { kind: 'single', singleResult: JSON.parse(cached) }, http };
        },
        async willSendResponse({ response, overallCachePolicy, errors }) {
          if (!key || hit || errors?.length || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const policy = overallCachePolicy.policyIfCacheable();
          if (result.errors?.length || !policy || policy.scope === 'PRIVATE' || policy.maxAge <= 0) return;
          const seconds = Math.min(policy.maxAge, options.maxSeconds);
          await options.kv.set(key, JSON.stringify({ data: result.data }), seconds).catch(() => {});
        },
      };
    },
  };
}
