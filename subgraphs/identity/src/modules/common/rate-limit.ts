// Fixed-window counters on the key-value store. The increment is atomic in both stores, so a
// limit holds however many requests arrive at once.
import { createHash } from 'node:crypto';
import type { KeyValueStore } from '#platform/kv/kv';
import { RateLimitedError } from '#platform/errors';

/** Keys never carry the raw e-mail or phone. */
export const hashed = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

async function retryAfter(kv: KeyValueStore, key: string, windowSeconds: number): Promise<number> {
  const ttl = await kv.ttl(key);
  return ttl > 0 ? ttl : windowSeconds;
}

/** Counts one hit; throws RATE_LIMITED once more than `limit` hits fall in the window. */
export async function consume(kv: KeyValueStore, key: string, limit: number, windowSeconds: number, message?: string): Promise<void> {
  const count = await kv.increment(key, windowSeconds);
  if (count > limit) throw new RateLimitedError(await retryAfter(kv, key, windowSeconds), message);
}

/** Throws RATE_LIMITED when the counter already reached `limit` (without counting). */
export async function ensureBelow(kv: KeyValueStore, key: string, limit: number, windowSeconds: number, message?: string): Promise<void> {
  const count = Number((await kv.get(key)) ?? 0);
  if (count >= limit) throw new RateLimitedError(await retryAfter(kv, key, windowSeconds), message);
}
