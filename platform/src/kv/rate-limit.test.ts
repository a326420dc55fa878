// The fixed-window limiter every subgraph uses: `limit` hits pass, the next one is refused until the window ends.
import { RateLimitedError } from '../errors';
import { MemoryStore } from './memory';
import { consume, ensureBelow, overLimit } from './rate-limit';

test('overLimit lets `limit` hits through, then answers the seconds left in the window', async () => {
  const kv = new MemoryStore();
  for (let hit = 0; hit < 3; hit++) expect(await overLimit(kv, 'k', 3, 60)).toBeNull();
  const wait = await overLimit(kv, 'k', 3, 60);
  expect(wait).toBeGreaterThanOrEqual(1);
  expect(wait).toBeLessThanOrEqual(60);
});

test('consume throws RATE_LIMITED with retryAfterSeconds and the given message once the limit is passed', async () => {
  const kv = new MemoryStore();
  await consume(kv, 'k', 1, 60);
  const refused = await consume(kv, 'k', 1, 60, 'Slow down.').then(
    () => null,
    (error: unknown) => error,
  );
  expect(refused).toBeInstanceOf(RateLimitedError);
  expect((refused as RateLimitedError).message).toBe('Slow down.');
  expect((refused as RateLimitedError).extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1);
});

test('ensureBelow refuses without counting once the counter reached the limit', async () => {
  const kv = new MemoryStore();
  await ensureBelow(kv, 'k', 1, 60);
  expect(await kv.get('k')).toBeNull();
  await kv.increment('k', 60);
  await expect(ensureBelow(kv, 'k', 1, 60)).rejects.toBeInstanceOf(RateLimitedError);
});
