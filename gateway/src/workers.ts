// GATEWAY_WORKERS > 1: the standalone gateway as a node:cluster of N workers sharing its port. The
// gateway holds no state of its own beyond caches, but OTP challenges, rate limits, revocation marks and the
// response cache live in the key-value store, so workers need REDIS_URL (the in-process store is per process).
import cluster from 'node:cluster';
import type { HubConfig } from '#platform/config';
import { ConfigError } from '#platform/config';

/** In the primary: forks the workers, restarts one that dies, forwards SIGTERM; returns true. In a worker: false. */
export function superviseWorkers(config: HubConfig): boolean {
  if (config.GATEWAY_WORKERS <= 1 || !cluster.isPrimary) return false;
  if (!config.REDIS_URL) {
    throw new ConfigError('GATEWAY_WORKERS > 1 needs REDIS_URL: the workers must share the key-value store.');
  }
  let stopping = false;
  for (let i = 0; i < config.GATEWAY_WORKERS; i++) cluster.fork();
  cluster.on('exit', (worker, code) => {
    if (!stopping && code !== 0) cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    const deadline = setTimeout(() => process.exit(1), 10_000);
    deadline.unref();
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return true;
}
