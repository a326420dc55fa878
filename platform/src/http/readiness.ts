// Readiness (GET /ready, a load balancer's check): each named dependency is probed at once with a time
// limit; the answer is 200 when all are up, 503 naming the ones that are down.
export type ReadinessCheck = () => Promise<void>;

export interface ReadinessReport {
  status: 'ready' | 'unavailable';
  checks: Record<string, 'up' | 'down'>;
  down: string[];
}

/** Whether `check` succeeds within `timeoutMs`. */
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

export async function readiness(checks: Readonly<Record<string, ReadinessCheck>>, timeoutMs?: number): Promise<ReadinessReport> {
  const results = await Promise.all(Object.entries(checks).map(async ([name, check]) => [name, (await probe(check, timeoutMs)) ? 'up' : 'down'] as const));
  const down = results.filter(([, state]) => state === 'down').map(([name]) => name);
  return { status: down.length ? 'unavailable' : 'ready', checks: Object.fromEntries(results), down };
}
