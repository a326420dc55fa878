// A node-postgres pool that survives its server going away. pg-pool re-emits the error of an IDLE client
// (a connection killed by the server, a restart, pg_terminate_backend) on the pool; an EventEmitter error
// without a listener is thrown, which would crash the whole process. The broken client is dropped by the
// pool and the next query opens a new connection, so logging is all there is to do.
import { Pool, type PoolConfig } from 'pg';
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
