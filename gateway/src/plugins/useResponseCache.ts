// Whole-response cache for public data, in the key-value store (Redis when configured, so every gateway
// worker shares it). Only anonymous queries (no Authorization, no access purpose) are cached, and only
// when every subgraph answer said `Cache-Control: public, max-age=N` (the gateway folds those headers
// into the request's cache policy; a subgraph without the header makes the whole response uncacheable).
// Keyed by query, operation name and variables; kept for the policy's max-age, capped by configuration.
// A hit carries the same Cache-Control as the miss that stored it, plus `Age`; the number of entries this
// process writes and the size of each are bounded.
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { KeyValueStore } from '#platform/kv/kv';
import type { GatewayContext } from '../context';

export interface ResponseCacheOptions {
  kv: KeyValueStore;
  /** Upper bound for the time an answer is kept, whatever the subgraphs allow. 0 turns the cache off. */
  maxSeconds: number;
  /** Most entries kept (this process's writes; the oldest are deleted first). Default 1,000. */
  maxEntries?: number;
  /** Answers larger than this (bytes of JSON) are not cached. Default 256 KiB. */
  maxEntryBytes?: number;
  onHit?(): void;
}

const KEY_PREFIX = 'gateway:response:';

interface Stored {
  data: unknown;
  cacheControl: string;
  storedAt: number;
}

/** Insertion-ordered keys this process wrote; deleting the oldest keeps the cache's size bounded. */
class EntryBound {
  private readonly keys = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly kv: KeyValueStore,
  ) {}

  add(key: string, expiresAt: number): void {
    this.keys.delete(key);
    this.keys.set(key, expiresAt);
    const now = Date.now();
    for (const [oldest, expiry] of this.keys) {
      if (this.keys.size <= this.max && expiry > now) break;
      this.keys.delete(oldest);
      if (expiry > now) void this.kv.delete(oldest).catch(() => {});
    }
  }

  get size(): number {
    return this.keys.size;
  }
}

export function useResponseCache(options: ResponseCacheOptions): ApolloServerPlugin<GatewayContext> & { entries(): number } {
  const bound = new EntryBound(options.maxEntries ?? 1_000, options.kv);
  const maxEntryBytes = options.maxEntryBytes ?? 256 * 1024;
  return {
    entries: () => bound.size,
    async requestDidStart({ contextValue }) {
      if (options.maxSeconds <= 0 || contextValue.authorization || contextValue.accessPurpose) return;
      let key: string | undefined;
      let hit = false;
      return {
        async responseForOperation({ request, operation }) {
          if (operation?.operation !== 'query') return null;
          key =
            KEY_PREFIX +
            createHash('sha256')
              .update(JSON.stringify([request.query, request.operationName ?? null, request.variables ?? {}]))
              .digest('hex');
          const cached = await options.kv.get(key).catch(() => null);
          if (!cached) return null;
          const stored = JSON.parse(cached) as Stored;
          hit = true;
          options.onHit?.();
          const age = Math.max(0, Math.floor((Date.now() - stored.storedAt) / 1000));
          const http = {
            status: undefined,
            headers: new HeaderMap([
              ['x-cache', 'HIT'],
              ['cache-control', stored.cacheControl],
              ['age', String(age)],
            ]),
          };
          return { body: { kind: 'single', singleResult: { data: stored.data as Record<string, unknown> } }, http };
        },
        async willSendResponse({ response, overallCachePolicy: policyNow, errors }) {
          if (!key || response.body.kind !== 'single') return;
          if (hit) return;
          const result = response.body.singleResult;
          const policy = policyNow.policyIfCacheable();
          if (errors?.length || result.errors?.length || !policy || policy.scope === 'PRIVATE' || policy.maxAge <= 0) return;
          const seconds = Math.min(policy.maxAge, options.maxSeconds);
          const stored: Stored = { data: result.data, cacheControl: `max-age=${seconds}, public`, storedAt: Date.now() };
          const text = JSON.stringify(stored);
          if (text.length > maxEntryBytes) return;
          // The header says what the cache does (never longer than it keeps the answer), on this miss and every hit.
          response.http.headers.set('cache-control', stored.cacheControl);
          await options.kv.set(key, text, seconds).catch(() => {});
          bound.add(key, Date.now() + seconds * 1000);
        },
      };
    },
  };
}
