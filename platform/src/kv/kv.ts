// The small key-value interface the hub needs (OTP challenges, rate limits, caches).
// Redis in production; an in-process store when no REDIS_URL is set. Both pass the same tests.

export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  /** Sets a value, optionally expiring after ttlSeconds. */
  set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  /** Sets only when absent; true when this call set it. */
  setIfAbsent(key: string, value: string, ttlSeconds?: number): Promise<boolean>;
  /** Replaces the value only when it currently equals `expected`; true when replaced. */
  compareAndSet(key: string, expected: string, value: string, ttlSeconds?: number): Promise<boolean>;
  /** Atomically adds `by` (default 1) and returns the new value; a new key starts its TTL now. */
  increment(key: string, ttlSeconds?: number, by?: number): Promise<number>;
  /** Seconds left before the key expires; -1 without expiry, -2 when absent. */
  ttl(key: string): Promise<number>;
  delete(key: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Sends `message` to every subscriber of `channel` among the processes sharing this store. */
  publish?(channel: string, message: string): Promise<void>;
  /**
   * Calls `listener` for each message on `channel`, and `onLive(false)` whenever messages may have been
   * missed (the subscription is down), `onLive(true)` once they are heard again. Resolves once subscribed.
   */
  subscribe?(channel: string, listener: (message: string) => void, onLive: (live: boolean) => void): Promise<void>;
}
