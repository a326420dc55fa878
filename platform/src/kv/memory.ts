// In-process key-value store for the one-process embedded mode (no Redis installed).
// Every operation is synchronous inside one event-loop turn, which is what makes it atomic.
import { EventEmitter } from 'node:events';
import type { KeyValueStore } from './kv';

interface Entry {
  value: string;
  expiresAt: number | null;
}

export class MemoryStore implements KeyValueStore {
  private readonly entries = new Map<string, Entry>();
  private readonly sweeper: NodeJS.Timeout;
  /** Announcements between the services of this one process (`publish` / `subscribe`). */
  private readonly channels = new EventEmitter().setMaxListeners(0);

  constructor(private readonly now: () => number = Date.now) {
    this.sweeper = setInterval(() => this.sweep(), 30_000);
    this.sweeper.unref();
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private expiry(ttlSeconds?: number): number | null {
    return ttlSeconds && ttlSeconds > 0 ? this.now() + ttlSeconds * 1000 : null;
  }

  async get(key: string) {
    return this.live(key)?.value ?? null;
  }

  async set(key: string, value: string, ttlSeconds?: number) {
    this.entries.set(key, { value, expiresAt: this.expiry(ttlSeconds) });
  }

  async setIfAbsent(key: string, value: string, ttlSeconds?: number) {
    if (this.live(key)) return false;
    this.entries.set(key, { value, expiresAt: this.expiry(ttlSeconds) });
    return true;
  }

  async compareAndSet(key: string, expected: string, value: string, ttlSeconds?: number) {
    const entry = this.live(key);
    if (!entry || entry.value !== expected) return false;
    this.entries.set(key, { value, expiresAt: ttlSeconds ? this.expiry(ttlSeconds) : entry.expiresAt });
    return true;
  }

  async increment(key: string, ttlSeconds?: number, by = 1) {
    const entry = this.live(key);
    if (!entry) {
      this.entries.set(key, { value: String(by), expiresAt: this.expiry(ttlSeconds) });
      return by;
    }
    const next = Number(entry.value) + by;
    entry.value = String(next);
    return next;
  }

  async ttl(key: string) {
    const entry = this.live(key);
    if (!entry) return -2;
    if (entry.expiresAt === null) return -1;
    return Math.ceil((entry.expiresAt - this.now()) / 1000);
  }

  async delete(key: string) {
    this.entries.delete(key);
  }

  async ping() {}

  async publish(channel: string, message: string) {
    this.channels.emit(channel, message);
  }

  /** Listeners are called synchronously by `publish`: nothing can be missed, so the channel is always live. */
  async subscribe(channel: string, listener: (message: string) => void, onLive: (live: boolean) => void) {
    this.channels.on(channel, listener);
    onLive(true);
  }

  async close() {
    clearInterval(this.sweeper);
    this.channels.removeAllListeners();
  }

  private sweep() {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt !== null && entry.expiresAt <= now) this.entries.delete(key);
    }
  }
}
