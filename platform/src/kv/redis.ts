// Redis-backed key-value store. Multi-step operations run as Lua scripts so they stay atomic
// across processes. Commands fail fast when Redis is down instead of queueing forever.
import { createClient, TimeoutError, type RedisClientType } from 'redis';
import { ServiceUnavailableError } from '../errors';
import type { Logger } from '../logger';
import type { KeyValueStore } from './kv';

const COMPARE_AND_SET = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  if tonumber(ARGV[3]) > 0 then redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
  else redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL') end
  return 1
end
return 0`;

const INCREMENT = `
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if value == tonumber(ARGV[1]) and tonumber(ARGV[2]) > 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return value`;

export class RedisStore implements KeyValueStore {
  private constructor(private readonly client: RedisClientType) {}

  /** `log` hears once that the connection is lost and once that it is back, not every reconnection try. */
  static async connect(url: string, prefix = '', commandTimeoutMs = 2_000, log?: Pick<Logger, 'error' | 'info'>): Promise<RedisStore> {
    const client = createClient({
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 2_000,
        reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
      },
    }) as RedisClientType;
    // Reconnection is automatic; callers see SERVICE_UNAVAILABLE while it is down. Each failed try emits an
    // error: only the first after a working connection is news to an operator.
    let connected = false;
    let lost = false;
    client.on('error', (error: unknown) => {
      if (!connected || lost) return;
      lost = true;
      log?.error({ error }, 'key-value store (Redis) connection lost; reconnecting (one-time codes and sign-in answer SERVICE_UNAVAILABLE meanwhile)');
    });
    client.on('ready', () => {
      if (lost) log?.info('key-value store (Redis) connection back');
      connected = true;
      lost = false;
    });
    await client.connect();
    const store = new RedisStore(client);
    store.prefix = prefix;
    store.commandTimeoutMs = commandTimeoutMs;
    return store;
  }

  private prefix = '';
  private commandTimeoutMs = 2_000;
  /** The second connection that `subscribe` needs (a subscribed Redis connection runs no other command). */
  private subscriber: RedisClientType | null = null;

  private k(key: string) {
    return this.prefix + key;
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    if (!this.client.isReady) throw new ServiceUnavailableError('The key-value store');
    // node-redis's own command timeout stops counting once a command is written, so a Redis that stops
    // answering (SIGSTOP, a dead network) would hold the caller forever: the wait is bounded here. A reply
    // that comes later is read and dropped in order, so the connection stays usable.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError()), this.commandTimeoutMs);
    });
    try {
      return await Promise.race([work(), timeout]);
    } catch (error) {
      if (!this.client.isReady || error instanceof TimeoutError) throw new ServiceUnavailableError('The key-value store');
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  get(key: string) {
    return this.run(() => this.client.get(this.k(key)));
  }

  async set(key: string, value: string, ttlSeconds?: number) {
    await this.run(() => this.client.set(this.k(key), value, ttlSeconds ? { EX: ttlSeconds } : undefined));
  }

  async setIfAbsent(key: string, value: string, ttlSeconds?: number) {
    const result = await this.run(() => this.client.set(this.k(key), value, ttlSeconds ? { NX: true, EX: ttlSeconds } : { NX: true }));
    return result === 'OK';
  }

  async compareAndSet(key: string, expected: string, value: string, ttlSeconds?: number) {
    const result = await this.run(() => this.client.eval(COMPARE_AND_SET, { keys: [this.k(key)], arguments: [expected, value, String(ttlSeconds ?? 0)] }));
    return Number(result) === 1;
  }

  async increment(key: string, ttlSeconds?: number, by = 1) {
    const result = await this.run(() => this.client.eval(INCREMENT, { keys: [this.k(key)], arguments: [String(by), String(ttlSeconds ?? 0)] }));
    return Number(result);
  }

  ttl(key: string) {
    return this.run(() => this.client.ttl(this.k(key)));
  }

  async delete(key: string) {
    await this.run(() => this.client.del(this.k(key)));
  }

  async ping() {
    await this.run(() => this.client.ping());
  }

  async publish(channel: string, message: string) {
    await this.run(() => this.client.publish(this.k(channel), message));
  }

  async subscribe(channel: string, listener: (message: string) => void, onLive: (live: boolean) => void) {
    if (!this.subscriber) {
      this.subscriber = this.client.duplicate();
      this.subscriber.on('error', () => undefined);
      await this.subscriber.connect();
    }
    const subscriber = this.subscriber;
    // Messages sent while the connection is down are lost: say so at once; once it is back (node-redis
    // subscribes again on reconnect) say it is live after a moment, when the new subscription is in place.
    let settle: NodeJS.Timeout | undefined;
    subscriber.on('end', () => onLive(false));
    subscriber.on('reconnecting', () => onLive(false));
    subscriber.on('error', () => onLive(false));
    subscriber.on('ready', () => {
      clearTimeout(settle);
      settle = setTimeout(() => subscriber.isReady && onLive(true), 500).unref();
    });
    await subscriber.subscribe(this.k(channel), (message) => listener(message));
    onLive(true);
  }

  async close() {
    const subscriber = this.subscriber;
    this.subscriber = null;
    if (subscriber?.isOpen) await subscriber.quit().catch(() => subscriber.destroy());
    if (this.client.isOpen) await this.client.quit().catch(() => this.client.destroy());
  }
}
