// Revocation marks (a logout, an account reset, a revoked kiosk or partner) read through an in-process cache
// instead of a key-value round trip on every request. Whoever writes a mark announces it (`announceMark`);
// every process sharing the store drops that key from its cache on the announcement: Redis pub/sub between
// processes, the in-process store's own events within one. While the announcements may be missed (the
// subscription is down or not yet made) the cache is bypassed and every read goes to the store, so a missed
// announcement cannot hide a revocation; `maxAgeMs` bounds an entry's life all the same.
import type { KeyValueStore } from '../kv/kv';

/** The channel on which every written mark's key is announced. */
export const REVOCATION_CHANNEL = 'revocations';

/** Writes a mark and tells every verifier sharing the store to forget what it remembered of that key. */
export async function announceMark(kv: KeyValueStore, key: string, value: string, ttlSeconds: number): Promise<void> {
  await kv.set(key, value, ttlSeconds);
  await kv.publish?.(REVOCATION_CHANNEL, key);
}

export interface RevocationMarksOptions {
  /** Longest time an answer is remembered even when no announcement came (default one minute). */
  maxAgeMs?: number;
  /** Keys remembered at most (the cache is emptied past it; default 50,000). */
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  value: string | null;
  until: number;
}

export class RevocationMarks {
  private readonly entries = new Map<string, Entry>();
  private live = false;
  private subscribing: Promise<void> | null = null;
  /** Counts announcements (and losses of the channel): an answer fetched across one is not remembered. */
  private generation = 0;
  private readonly maxAgeMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly kv: KeyValueStore,
    options: RevocationMarksOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.maxEntries = options.maxEntries ?? 50_000;
    this.now = options.now ?? Date.now;
  }

  /** Whether answers are being remembered now (the announcements are heard). */
  get caching(): boolean {
    return this.live;
  }

  /** The marks of `keys` (null where there is none), in order; null keys answer null without a look-up. */
  async get(keys: ReadonlyArray<string | null>): Promise<Array<string | null>> {
    this.subscribe();
    const now = this.now();
    const answer: Array<string | null> = new Array(keys.length).fill(null);
    const missing: number[] = [];
    keys.forEach((key, i) => {
      if (key === null) return;
      const entry = this.live ? this.entries.get(key) : undefined;
      if (entry && entry.until > now) answer[i] = entry.value;
      else missing.push(i);
    });
    if (!missing.length) return answer;
    const generation = this.generation;
    const fetched = await Promise.all(missing.map((i) => this.kv.get(keys[i]!)));
    // Remember only what no announcement can have overtaken: still live, and nothing announced meanwhile.
    const remember = this.live && generation === this.generation;
    if (remember && this.entries.size + missing.length > this.maxEntries) this.entries.clear();
    missing.forEach((i, n) => {
      answer[i] = fetched[n];
      if (remember) this.entries.set(keys[i]!, { value: fetched[n], until: now + this.maxAgeMs });
    });
    return answer;
  }

  private subscribe(): void {
    if (this.subscribing || !this.kv.subscribe) return;
    this.subscribing = this.kv
      .subscribe(
        REVOCATION_CHANNEL,
        (key) => this.forget(key),
        (live) => this.setLive(live),
      )
      .catch(() => this.setLive(false));
  }

  private forget(key: string): void {
    this.generation++;
    this.entries.delete(key);
  }

  private setLive(live: boolean): void {
    if (!live) {
      this.generation++;
      this.entries.clear();
    }
    this.live = live;
  }
}
