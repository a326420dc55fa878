// Shared pieces of the fault suites: the participant overview query, timing of a call, and waiting for a
// condition without asserting on how long it took.
import { print } from 'graphql';
import { MyOverviewDocument } from '../../../schema/__generated__/operations';
/** The contract's MyOverview, from the project's typed client operations. */
export const MY_OVERVIEW = print(MyOverviewDocument);

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `work` and returns its result with the elapsed milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Polls `check` until it returns true (or `timeoutMs` passes); returns whether it did. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000, everyMs = 200): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return true;
    } catch {
      // not yet
    }
    await sleep(everyMs);
  }
  return false;
}

export async function readiness(baseUrl: string): Promise<{ status: number; body: { checks: Record<string, string>; down: string[] } }> {
  const response = await fetch(`${baseUrl}/ready`);
  return { status: response.status, body: (await response.json()) as { checks: Record<string, string>; down: string[] } };
}
