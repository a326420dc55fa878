// DataLoader builders: one SQL statement per batch, results put back in key order.
import DataLoader from 'dataloader';

/** Loads one row per key (or null). `fetch` runs a single `where key in (…)` query. */
export function loaderByKey<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K) {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Loads a list of children per parent key. `fetch` runs a single query for every parent. */
export function loaderOfLists<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, parentOf: (row: V) => K) {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, V[]>();
    for (const row of rows) {
      const list = byKey.get(parentOf(row));
      if (list) list.push(row);
      else byKey.set(parentOf(row), [row]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
