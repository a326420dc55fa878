// GET /health: the gateway process answers. GET /ready: every dependency is ready — the gateway's own
// database and key-value store, and each subgraph by its own /ready (its database and key-value store) —
// or 503 naming the ones that are not.
import { Router } from 'express';
import { readiness, type ReadinessCheck } from '#platform/http/readiness';

export type { ReadinessCheck } from '#platform/http/readiness';

/** A subgraph is ready when its own /ready answers 2xx (within the gateway's probe time). */
export function subgraphReadiness(graphqlUrl: string): ReadinessCheck {
  const url = new URL('/ready', graphqlUrl);
  return async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_500) });
    if (!response.ok) throw new Error(`status ${response.status}`);
  };
}

export function useReadiness(options: { checks: Record<string, ReadinessCheck>; subgraphs: Record<string, string> }): Router {
  const checks: Record<string, ReadinessCheck> = { ...options.checks };
  for (const [name, url] of Object.entries(options.subgraphs)) checks[name] = subgraphReadiness(url);
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    const report = await readiness(checks);
    res.status(report.down.length ? 503 : 200).json(report);
  });
  return router;
}
