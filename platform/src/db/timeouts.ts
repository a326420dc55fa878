// Time limits on every database conversation, so that a stalled or unreachable PostgreSQL costs a request
// a few seconds and a clean SERVICE_UNAVAILABLE instead of hanging it for the whole stall:
// - connecting (TCP + start-up): `connectMs`; waiting for a free pooled connection: `acquireMs`;
// - a statement: PostgreSQL cancels it after `statementMs` (statement_timeout, sent at connection start);
// - a server that does not answer at all (SIGSTOP, a dead network) cannot cancel anything, so the client
//   gives up `statementMs + 500` ms after sending and DESTROYS that connection: the server then rolls back
//   whatever transaction it had open, and no later request can inherit a half-done one.
import type { ClientBase, Pool } from 'pg';

export interface DatabaseTimeouts {
  statementMs: number;
  connectMs: number;
  /** Waiting for a free pooled connection (a burst queues; a stalled server's connections are dropped first). */
  acquireMs: number;
}

export class DatabaseTimeoutError extends Error {
  readonly code = 'HUB_DB_TIMEOUT';
  constructor(ms: number) {
    super(`The database did not answer within ${ms} ms; the connection was dropped.`);
  }
}

/** How long the client waits for any answer before dropping the connection. */
export const clientWaitMs = (timeouts: DatabaseTimeouts) => timeouts.statementMs + 500;

/** node-postgres connection settings (pg.Pool or knex's `connection`) for these limits. */
export function connectionSettings(timeouts: DatabaseTimeouts) {
  return {
    connectionTimeoutMillis: timeouts.acquireMs, // pg-pool: waiting for a client, its connection included
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: Math.max(60_000, timeouts.statementMs * 4),
  };
}

type QueryFn = (...args: unknown[]) => unknown;

/**
 * Wraps `client.query` so that a query without an answer after `ms` destroys the connection: the query
 * (and anything queued behind it on that connection) fails with DatabaseTimeoutError, and the pool drops
 * the client (pg-pool and knex both discard a client that emitted an error).
 */
/** The socket under a pg client (`client.connection.stream`, not in pg's typings), when it has one. */
function socketOf(client: ClientBase): { destroy(error?: Error): void } | null {
  const connection: unknown = Reflect.get(client, 'connection');
  const stream: unknown = typeof connection === 'object' && connection !== null ? Reflect.get(connection, 'stream') : null;
  if (typeof stream !== 'object' || stream === null || !('destroy' in stream)) return null;
  const destroy = stream.destroy;
  return typeof destroy === 'function' ? { destroy: (error?: Error) => Reflect.apply(destroy, stream, [error]) } : null;
}

export function guardQueries(client: ClientBase, ms: number): void {
  // The prototype's method, looked up at each call (instrumentation that wraps Client.prototype.query still sees it).
  const proto = Object.getPrototypeOf(client) as { query: QueryFn };
  const guarded: QueryFn = function (this: ClientBase, ...args: unknown[]) {
    const original = proto.query;
    const first = args[0] as { submit?: unknown } | undefined;
    if (first && typeof first.submit === 'function') return original.apply(this, args); // cursors, streams
    let timer: NodeJS.Timeout | undefined = setTimeout(() => {
      timer = undefined;
      socketOf(client)?.destroy(new DatabaseTimeoutError(ms));
    }, ms);
    timer.unref();
    const done = () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
    };
    const callbackAt = args.findIndex((arg) => typeof arg === 'function');
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (...result: unknown[]) => void;
      args[callbackAt] = (...result: unknown[]) => {
        done();
        callback(...result);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args) as Promise<unknown> | undefined;
    if (result && typeof result.then === 'function') result.then(done, done);
    else done();
    return result;
  };
  // An own property in front of the prototype's method (pg's typings declare `query` as overloads only).
  Reflect.set(client, 'query', guarded);
}

/** Guards every client a pg.Pool creates (its 'connect' event). */
export function guardPool(pool: Pool, timeouts: DatabaseTimeouts) {
  pool.on('connect', (client) => guardQueries(client, clientWaitMs(timeouts)));
}
