// Fixed-window counters on the key-value store. The increment is atomic in both stores, so a
// limit holds however many requests arrive at once.
import { createHash } from 'node:crypto';
import type { KeyValueStore } from './kv';
import { RateLimitedError } from '../errors';

/** Keys never carry the raw e-mail or phone. */
export const hashed = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

async function retryAfter(kv: KeyValueStore, key: string, windowSeconds: number): Promise<number> {
  const ttl = await kv.ttl(key);
  return ttl > 0 ? ttl : windowSeconds;
}

/**
 * Counts one hit; once more than `limit` hits fall in the window, the seconds until it ends (at least 1),
 * else null. For callers that answer a refusal themselves (an SMS reply); others use `consume`.
 */
export async function overLimit(kv: KeyValueStore, key: string, limit: number, windowSeconds: number): Promise<number | null> {
  const count = await kv.increment(key, windowSeconds);
  return count > limit ? Math.max(1, await retryAfter(kv, key, windowSeconds)) : null;
}

/** Counts one hit; throws RATE_LIMITED once more than `limit` hits fall in the window. */
export async function consume(kv: KeyValueStore, key: string, limit: number, windowSeconds: number, message?: string): Promise<void> {
  const wait = await overLimit(kv, key, limit, windowSeconds);
  if (wait !== null) throw new RateLimitedError(wait, message);
}

/** Throws RATE_LIMITED when the counter already reached `limit` (without counting). */
export async function ensureBelow(kv: KeyValueStore, key: string, limit: number, windowSeconds: number, message?: string): Promise<void> {
  const count = Number((await kv.get(key)) ?? 0);
  if (count >= limit) throw new RateLimitedError(await retryAfter(kv, key, windowSeconds), message);
}
