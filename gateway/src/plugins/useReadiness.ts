// GET /health: the gateway process answers. GET /ready: every dependency answers (the gateway's own
// database and key-value store, and each subgraph), 503 naming the ones that are down.
import { Router } from 'express';

export type ReadinessCheck = () => Promise<void>;

/** Whether `check` settles within `timeoutMs`. */
export async function probe(check: ReadinessCheck, timeoutMs = 1_500): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** A subgraph is up when its own /health answers 2xx. */
export function subgraphCheck(graphqlUrl: string): ReadinessCheck {
  return async () => {
    const response = await fetch(new URL('/health', graphqlUrl), { signal: AbortSignal.timeout(1_500) });
    if (!response.ok) throw new Error(`status ${response.status}`);
  };
}

export function useReadiness(options: { checks: Record<string, ReadinessCheck>; subgraphs: Record<string, string> }): Router {
  const checks: Record<string, ReadinessCheck> = { ...options.checks };
  for (const [name, url] of Object.entries(options.subgraphs)) checks[name] = subgraphCheck(url);
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => [name, (await probe(check)) ? 'up' : 'down'] as const),
    );
    const down = results.filter(([, state]) => state === 'down').map(([name]) => name);
    res.status(down.length ? 503 : 200).json({ status: down.length ? 'unavailable' : 'ready', checks: Object.fromEntries(results), down });
  });
  return router;
}
