// One behaviour suite for every KeyValueStore: the in-process store always, Redis when REDIS_URL is set
// (with a unique key prefix, so parallel runs never see each other's keys).
import { randomUUID } from 'node:crypto';
import type { KeyValueStore } from './kv';
import { MemoryStore } from './memory';
import { RedisStore } from './redis';

interface Harness {
  store: KeyValueStore;
  /** Lets `ms` milliseconds pass: a fake clock for the memory store, real time for Redis. */
  pass(ms: number): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function memoryHarness(): Harness {
  let now = 1_700_000_000_000;
  const store = new MemoryStore(() => now);
  return {
    store,
    pass: async (ms) => {
      now += ms;
    },
    close: () => store.close(),
  };
}

async function redisHarness(url: string): Promise<Harness> {
  const store = await RedisStore.connect(url, `test:kv:${randomUUID()}:`);
  return { store, pass: sleep, close: () => store.close() };
}

function behavesAsAKeyValueStore(name: string, open: () => Promise<Harness>) {
  describe(name, () => {
    let harness: Harness;
    let store: KeyValueStore;
    const used: string[] = [];
    const key = (label: string) => {
      const k = `${label}:${used.length}`;
      used.push(k);
      return k;
    };

    beforeAll(async () => {
      harness = await open();
      store = harness.store;
    });

    afterAll(async () => {
      for (const k of used) await store.delete(k);
      await harness.close();
    });

    it('returns null for a key never set and the value of one that was set', async () => {
      const k = key('get');
      expect(await store.get(k)).toBeNull();
      await store.set(k, 'hello');
      expect(await store.get(k)).toBe('hello');
      await store.set(k, 'again');
      expect(await store.get(k)).toBe('again');
    });

    it('forgets a value once its TTL has passed', async () => {
      const k = key('expiry');
      await store.set(k, 'short-lived', 1);
      expect(await store.get(k)).toBe('short-lived');
      await harness.pass(1_200);
      expect(await store.get(k)).toBeNull();
      expect(await store.ttl(k)).toBe(-2);
    });

    it('reports the TTL: seconds left, -1 without expiry, -2 when absent', async () => {
      const withTtl = key('ttl');
      const forever = key('ttl-none');
      await store.set(withTtl, 'x', 2);
      await store.set(forever, 'x');
      const left = await store.ttl(withTtl);
      expect(left).toBeGreaterThanOrEqual(1);
      expect(left).toBeLessThanOrEqual(2);
      expect(await store.ttl(forever)).toBe(-1);
      expect(await store.ttl(key('ttl-absent'))).toBe(-2);
    });

    it('setIfAbsent sets only the first time, and again after expiry', async () => {
      const k = key('nx');
      expect(await store.setIfAbsent(k, 'first', 1)).toBe(true);
      expect(await store.setIfAbsent(k, 'second', 1)).toBe(false);
      expect(await store.get(k)).toBe('first');
      await harness.pass(1_200);
      expect(await store.setIfAbsent(k, 'third')).toBe(true);
      expect(await store.get(k)).toBe('third');
    });

    it('setIfAbsent lets exactly one of 50 concurrent callers win', async () => {
      const k = key('nx-race');
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => store.setIfAbsent(k, String(i), 10)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.get(k)).toBe(String(results.indexOf(true)));
    });

    it('compareAndSet replaces only the expected value', async () => {
      const k = key('cas');
      expect(await store.compareAndSet(k, 'anything', 'new')).toBe(false);
      expect(await store.get(k)).toBeNull();
      await store.set(k, 'v1');
      expect(await store.compareAndSet(k, 'v0', 'v2')).toBe(false);
      expect(await store.get(k)).toBe('v1');
      expect(await store.compareAndSet(k, 'v1', 'v2')).toBe(true);
      expect(await store.get(k)).toBe('v2');
    });

    it('compareAndSet keeps the TTL unless given a new one', async () => {
      const k = key('cas-ttl');
      await store.set(k, 'v1', 2);
      expect(await store.compareAndSet(k, 'v1', 'v2')).toBe(true);
      expect(await store.ttl(k)).toBeGreaterThan(0);
      expect(await store.ttl(k)).toBeLessThanOrEqual(2);
      expect(await store.compareAndSet(k, 'v2', 'v3', 100)).toBe(true);
      expect(await store.ttl(k)).toBeGreaterThan(90);
    });

    it('compareAndSet lets exactly one of 50 concurrent callers move a value on', async () => {
      const k = key('cas-race');
      await store.set(k, 'open', 10);
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => store.compareAndSet(k, 'open', `taken-by-${i}`)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.get(k)).toBe(`taken-by-${results.indexOf(true)}`);
    });

    it('increment counts from zero and by the given step', async () => {
      const k = key('incr');
      expect(await store.increment(k)).toBe(1);
      expect(await store.increment(k)).toBe(2);
      expect(await store.increment(k, undefined, 5)).toBe(7);
      expect(await store.get(k)).toBe('7');
    });

    it('increment is atomic under 200 concurrent calls: every value 1 to 200 returned once', async () => {
      const k = key('incr-race');
      const values = await Promise.all(Array.from({ length: 200 }, () => store.increment(k, 60)));
      expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      expect(await store.get(k)).toBe('200');
    });

    it('increment starts the TTL with a new key and does not extend it later', async () => {
      const k = key('incr-ttl');
      await store.increment(k, 1);
      await store.increment(k, 100);
      expect(await store.ttl(k)).toBeLessThanOrEqual(1);
      await harness.pass(1_200);
      expect(await store.get(k)).toBeNull();
      expect(await store.increment(k, 100)).toBe(1);
      expect(await store.ttl(k)).toBeGreaterThan(90);
    });

    it('delete removes a key, and deleting an absent key is harmless', async () => {
      const k = key('delete');
      await store.set(k, 'x', 10);
      await store.delete(k);
      expect(await store.get(k)).toBeNull();
      expect(await store.ttl(k)).toBe(-2);
      await expect(store.delete(k)).resolves.toBeUndefined();
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}

behavesAsAKeyValueStore('MemoryStore', async () => memoryHarness());

const redisUrl = process.env.REDIS_URL;
if (redisUrl) behavesAsAKeyValueStore('RedisStore', () => redisHarness(redisUrl));
else describe.skip('RedisStore (set REDIS_URL to run)', () => it('is not run without REDIS_URL', () => {}));
