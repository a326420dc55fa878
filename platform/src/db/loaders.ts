// DataLoader builders: one SQL statement per batch, results put back in key order.
import DataLoader from 'dataloader';

/** The names of `V`'s own properties whose values are keys of type `K`. */
type ColumnOf<V, K> = { [P in keyof V]-?: V[P] extends K ? P : never }[keyof V];

/**
 * Where a row keeps its key: the name of one of its own properties (`'id'`), or a function for a key further
 * in (`(event) => event.claim.id`).
 */
export type RowKey<V, K> = ColumnOf<V, K> | ((row: V) => K);

function reader<V, K>(key: RowKey<V, K>): (row: V) => K {
  return typeof key === 'function' ? key : (row) => row[key] as K;
}

/** Loads one row per key (or null). `fetch` runs a single `where key in (…)` query. */
export function loaderByKey<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, key: RowKey<V, K>) {
  const keyOf = reader(key);
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Loads a list of children per parent key. `fetch` runs a single query for every parent. */
export function loaderOfLists<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, parent: RowKey<V, K>) {
  const parentOf = reader(parent);
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
