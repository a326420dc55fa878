// Summaries of repeated runs: median with min–max, and the interleaving of A/B runs.

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: [...values] };
}

/** `123.4 (110.2–130.9)` */
export function formatSpread(value: Spread, digits = 1): string {
  return `${value.median.toFixed(digits)} (${value.min.toFixed(digits)}–${value.max.toFixed(digits)})`;
}

/**
 * Runs every leg `rounds` times in the order A B C A B C …, so that a slow moment of the machine (other
 * work on the same cores) hits every leg alike. Returns each leg's results in run order.
 */
export async function interleave<T>(legs: Record<string, () => Promise<T>>, rounds: number): Promise<Record<string, T[]>> {
  const results: Record<string, T[]> = Object.fromEntries(Object.keys(legs).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(legs)) results[name].push(await run());
  }
  return results;
}

/** Ratio of two medians, rounded for the results file. */
export const ratio = (numerator: number, denominator: number) => round(denominator ? numerator / denominator : Number.NaN, 3);

export const round = (value: number, digits = 3) => Number(value.toFixed(digits));
