// The in-process cache of revocation marks: remembered between announcements, dropped on one, bypassed
// while announcements may be missed. The in-process store always; Redis (two connections standing for two
// processes) when REDIS_URL is set.
import { randomUUID } from 'node:crypto';
import type { KeyValueStore } from '../kv/kv';
import { MemoryStore } from '../kv/memory';
import { RedisStore } from '../kv/redis';
import { announceMark, RevocationMarks } from './revocation-marks';

const HOUR = 3_600_000;

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`never: ${what}`);
}

function countingGets(store: KeyValueStore): { store: KeyValueStore; gets: () => number } {
  let gets = 0;
  const get = store.get.bind(store);
  store.get = (key: string) => {
    gets++;
    return get(key);
  };
  return { store, gets: () => gets };
}

interface Pair {
  /** The store the verifier reads (one process). */
  reader: KeyValueStore;
  /** The store the writer announces on (another process, or the same one for the in-process store). */
  writer: KeyValueStore;
  close(): Promise<void>;
}

function behavesAsRevocationMarks(name: string, open: () => Promise<Pair>) {
  describe(name, () => {
    let pair: Pair;
    beforeEach(async () => {
      pair = await open();
    });
    afterEach(async () => {
      await pair.close();
    });

    test('a mark announced by another process is seen at once, though the key was remembered as unmarked', async () => {
      const { store, gets } = countingGets(pair.reader);
      const marks = new RevocationMarks(store, { maxAgeMs: HOUR });
      const key = `revoked:session:${randomUUID()}`;
      await marks.get([key]);
      await until(() => marks.caching, 'the announcements are heard');
      expect(await marks.get([key])).toEqual([null]);
      const before = gets();
      expect(await marks.get([key, null])).toEqual([null, null]);
      expect(gets()).toBe(before);

      await announceMark(pair.writer, key, '1', 60);
      // An hour's cache, so only the announcement can make the mark visible.
      await until(async () => (await marks.get([key]))[0] === '1', 'the announced mark is read');
    });
  });
}

behavesAsRevocationMarks('the in-process store', async () => {
  const store = new MemoryStore();
  return { reader: store, writer: store, close: () => store.close() };
});

const redisUrl = process.env.REDIS_URL;
// Only with a Redis to talk to (REDIS_URL); `describe.skip` takes no opener.
const withRedis = redisUrl ? behavesAsRevocationMarks : (name: string) => describe.skip(name, () => {});
withRedis('Redis, two connections', async () => {
  const prefix = `test:marks:${randomUUID()}:`;
  const reader = await RedisStore.connect(redisUrl!, prefix);
  const writer = await RedisStore.connect(redisUrl!, prefix);
  return {
    reader,
    writer,
    close: async () => {
      await reader.close();
      await writer.close();
    },
  };
});

describe('when announcements may be missed', () => {
  test('a store without announcements is read on every check', async () => {
    const memory = new MemoryStore();
    const plain = { get: (key: string) => memory.get(key) } as KeyValueStore;
    const { store, gets } = countingGets(plain);
    const marks = new RevocationMarks(store, { maxAgeMs: HOUR });
    await marks.get(['revoked:session:a']);
    await marks.get(['revoked:session:a']);
    expect(gets()).toBe(2);
    expect(marks.caching).toBe(false);
    await memory.close();
  });

  test('an answer fetched while a mark was being announced is not remembered', async () => {
    const memory = new MemoryStore();
    const marks = new RevocationMarks(memory, { maxAgeMs: HOUR });
    const key = 'revoked:account:b';
    await marks.get(['revoked:account:other']);
    await until(() => marks.caching, 'subscribed');
    // The read starts before the mark is written; the announcement arrives before the read's answer.
    const get = memory.get.bind(memory);
    let release!: () => void;
    memory.get = async (k) => {
      const value = await get(k);
      await new Promise<void>((resolve) => (release = resolve));
      return value;
    };
    const stale = marks.get([key]);
    await until(() => release !== undefined, 'the read is in flight');
    await announceMark(memory, key, '42', 60);
    release();
    expect(await stale).toEqual([null]);
    memory.get = get;
    expect(await marks.get([key])).toEqual(['42']);
    await memory.close();
  });

  test('losing the channel forgets everything and reads the store until it is back', async () => {
    const memory = new MemoryStore();
    let onLive!: (live: boolean) => void;
    memory.subscribe = async (_channel, _listener, live) => {
      onLive = live;
      live(true);
    };
    const { store, gets } = countingGets(memory);
    const marks = new RevocationMarks(store, { maxAgeMs: HOUR });
    const key = 'revoked:partner:c';
    await marks.get([key]);
    await until(() => marks.caching, 'subscribed');
    await marks.get([key]);
    const cached = gets();
    await marks.get([key]);
    expect(gets()).toBe(cached);
    onLive(false);
    await memory.set(key, '7', 60); // written while the channel was down: its announcement was missed
    expect(await marks.get([key])).toEqual(['7']);
    expect(gets()).toBe(cached + 1);
    await memory.close();
  });
});
