// The outbox delivery worker: picks due PENDING messages with `for update skip locked` (so several
// processes can run it side by side), sends each through its channel's transport and records the
// outcome. Failures are retried with exponential backoff; after MAX_ATTEMPTS the message is FAILED.
// Outside production a channel without a transport counts as delivered: the outbox table is then
// the development mailbox (GET /dev/outbox). Each service runs one over the outbox of its own schema.
import { Pool, type PoolClient } from 'pg';
import type { Logger } from '../logger';
import { databaseTimeouts } from '../config';
import { createPool } from '../db/pool';
import type { Platform } from '../runtime';
import { outboxTable } from './outbox';
import { transportsFromConfig, type DeliverableMessage, type Transports } from './transports';

export const MAX_ATTEMPTS = 5;

/** Seconds to wait before attempt `attempts + 1`: 10 s, 20 s, 40 s, … capped at 10 minutes. */
export function backoffSeconds(attempts: number): number {
  return Math.min(10 * 2 ** Math.max(0, attempts - 1), 600);
}

/** After this many milliseconds at most, a worker whose rounds fail (database down) tries again. */
export const FAILED_ROUND_RETRY_MAX_MS = 30_000;

/** The wait after the `failures`-th failed round in a row: twice the interval, doubling, capped. */
export function failedRoundRetryMs(intervalMs: number, failures: number): number {
  return Math.min(intervalMs * 2 ** failures, FAILED_ROUND_RETRY_MAX_MS);
}

export interface DeliveryOptions {
  pool: Pool;
  /** The schema whose outbox this worker delivers (its service's own). */
  schema: string;
  transports: Transports;
  production: boolean;
  log: Logger;
  batchSize?: number;
  intervalMs?: number;
  /** false: no polling, only explicit runOnce() calls (tests). */
  poll?: boolean;
}

interface OutboxRow extends DeliverableMessage {
  id: string;
  attempts: number;
}

export interface DeliveryWorker {
  /** Delivers one batch of due messages; returns how many were handled. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

async function deliver(client: PoolClient, row: OutboxRow, options: DeliveryOptions): Promise<void> {
  const transport = options.transports[row.channel];
  const table = outboxTable(options.schema);
  try {
    // The provider's idempotency key names the outbox too: ids of different services' outboxes overlap.
    if (transport) await transport.send({ ...row, id: `${options.schema}-${row.id}` });
    else if (options.production) throw new Error(`no transport configured for ${row.channel}`);
    await client.query(`update ${table} set status = 'SENT', attempts = attempts + 1, sent_at = now(), last_error = null where id = $1`, [row.id]);
  } catch (error) {
    const attempts = row.attempts + 1;
    const failed = attempts >= MAX_ATTEMPTS;
    const reason = error instanceof Error ? error.message.slice(0, 500) : 'delivery failed';
    options.log.warn({ messageId: row.id, channel: row.channel, attempts, failed, reason }, 'outbox delivery failed');
    await client.query(
      `update ${table} set attempts = $2, status = $3, last_error = $4,
         next_attempt_at = now() + make_interval(secs => $5) where id = $1`,
      [row.id, attempts, failed ? 'FAILED' : 'PENDING', reason, backoffSeconds(attempts)],
    );
  }
}

export function startOutboxDelivery(options: DeliveryOptions): DeliveryWorker {
  const batchSize = options.batchSize ?? 20;
  const intervalMs = options.intervalMs ?? 1_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  // Each message is claimed, sent and recorded in a transaction of its own: when the process or its
  // database connection dies mid-round, only the one message in flight can be sent again (with the same
  // Idempotency-Key, so the provider drops it), never the messages already sent earlier in the round.
  const deliverNext = async (): Promise<boolean> => {
    const client = await options.pool.connect();
    // A checked-out client whose connection dies between queries (while the transport sends) emits 'error'
    // on itself; without a listener that would crash the process. The failed query then rejects as well.
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on('error', onError);
    try {
      await client.query('begin');
      const { rows } = await client.query<OutboxRow>(
        `select id, channel, recipient as "to", subject, body, attempts from ${outboxTable(options.schema)}
          where status = 'PENDING' and next_attempt_at <= now()
          order by id limit 1 for update skip locked`,
      );
      if (rows.length) await deliver(client, rows[0], options);
      await client.query('commit');
      return rows.length > 0;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      broken ??= error as Error;
      throw error;
    } finally {
      client.off('error', onError);
      // A client that failed is destroyed rather than handed to the next caller.
      client.release(broken);
    }
  };

  const runOnce = async (): Promise<number> => {
    let handled = 0;
    while (handled < batchSize && !stopped && (await deliverNext())) handled += 1;
    return handled;
  };

  // Rounds that fail in a row (the database is down) are tried less and less often, so that an outage is a
  // few log lines a minute, not one a second per service; the first round that works says so.
  let failures = 0;
  const tick = async () => {
    if (stopped) return;
    running = runOnce().then(
      (handled) => {
        if (failures > 0) options.log.info({ failedRounds: failures }, 'outbox delivery works again');
        failures = 0;
        return handled;
      },
      (error: unknown) => {
        failures += 1;
        options.log.error({ error, failedRounds: failures, retryInMs: failedRoundRetryMs(intervalMs, failures) }, 'outbox delivery round failed');
        return 0;
      },
    );
    const handled = await running;
    running = undefined;
    // A full batch means more may be waiting: go again at once.
    const wait = failures > 0 ? failedRoundRetryMs(intervalMs, failures) : handled >= batchSize ? 0 : intervalMs;
    if (!stopped) timer = setTimeout(() => void tick(), wait);
  };
  if (options.poll !== false) timer = setTimeout(() => void tick(), 0);

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** A service's delivery worker over the outbox of its own schema, on a small pool of its own (ServiceDefinition.workers). */
export function startServiceOutbox(platform: Pick<Platform, 'databaseUrl' | 'config' | 'log'>, schema: string): { stop(): Promise<void> } {
  const pool = createPool({ connectionString: platform.databaseUrl, max: 2 }, platform.log, `${schema}-outbox`, databaseTimeouts(platform.config));
  const delivery = startOutboxDelivery({
    pool,
    schema,
    transports: transportsFromConfig(platform.config),
    production: platform.config.production,
    log: platform.log.child({ worker: 'outbox', schema }),
    intervalMs: platform.config.OUTBOX_POLL_MS,
  });
  // A service may be closed twice (a test stops one, then the hub closes them all): its pool ends once.
  let stopped: Promise<void> | undefined;
  return {
    stop: () =>
      (stopped ??= (async () => {
        await delivery.stop();
        await pool.end();
      })()),
  };
}
