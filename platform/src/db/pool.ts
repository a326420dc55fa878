// A node-postgres pool that survives its server going away. pg-pool re-emits the error of an IDLE client
// (a connection killed by the server, a restart, pg_terminate_backend) on the pool; an EventEmitter error
// without a listener is thrown, which would crash the whole process. The broken client is dropped by the
// pool and the next query opens a new connection, so logging is all there is to do.
import { Pool, type Client, type PoolConfig } from 'pg';
import type { Logger } from '../logger';
import { connectionSettings, guardPool, type DatabaseTimeouts } from './timeouts';

export function createPool(config: PoolConfig, log: Logger, name = 'pool', timeouts?: DatabaseTimeouts): Pool {
  const pool = new Pool(timeouts ? { ...connectionSettings(timeouts), ...config } : config);
  if (timeouts) guardPool(pool, timeouts);
  pool.on('error', (error) => {
    log.warn({ pool: name, error: { message: error.message, code: (error as { code?: string }).code } }, 'idle database connection lost; it will be replaced');
  });
  return pool;
}

/**
 * Waits, at most `limitMs`, until no other client is connected to the server (to `database`, when named), and
 * says whether they all left. A pool's end() resolves once its clients are let go, before their backends have
 * read the goodbye: stopping the server or force-dropping the database at that moment terminates those
 * backends, and a client still closing receives the server's 57P01 as an error.
 */
export async function otherClientsLeft(admin: Client, options: { database?: string; limitMs?: number } = {}): Promise<boolean> {
  const deadline = Date.now() + (options.limitMs ?? 5_000);
  for (;;) {
    const { rows } = await admin.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
        where backend_type = 'client backend' and pid <> pg_backend_pid() and ($1::text is null or datname = $1)`,
      [options.database ?? null],
    );
    if (rows[0].n === 0) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
