// Bulk loading for the seeders: rows streamed with COPY … FROM STDIN (text format), the fastest way into
// PostgreSQL, and a look-up of which keys of a batch exist already (COPY has no `on conflict`).
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | null;
/** The columns a seeder writes, each with how to read its value from a source row. */
export type CopyColumns<T> = ReadonlyArray<readonly [string, (row: T) => CopyValue]>;
type Db = Pick<ClientBase, 'query'>;

/** One value in COPY's text format: `\N` for null; backslash, tab, newline and carriage return escaped. */
function encode(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  const text = value;
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!) : text;
}

export function copyText(rows: readonly (readonly CopyValue[])[]): string {
  let text = '';
  for (const row of rows) text += `${row.map(encode).join('\t')}\n`;
  return text;
}

/**
 * Streams rows into `table` (`"schema"."name"`) with the given columns; returns the rows written.
 * Written in pieces of about 1 MiB so that a batch never sits in memory twice over.
 */
export async function copyRows(db: Db, table: string, columns: readonly string[], rows: readonly (readonly CopyValue[])[]): Promise<number> {
  if (!rows.length) return 0;
  const stream = db.query(copyFrom(`copy ${table} (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  const piece = 4_000;
  for (let i = 0; i < rows.length; i += piece) {
    if (!stream.write(copyText(rows.slice(i, i + piece)))) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end();
  await done;
  return rows.length;
}

/** The values of `column` in `table` among `keys`: one indexed statement per batch. */
export async function existingKeys(db: Db, table: string, column: string, keys: readonly string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const result = await db.query<{ key: string }>(`select "${column}" as key from ${table} where "${column}" = any($1::text[])`, [keys]);
  return new Set(result.rows.map((row) => row.key));
}

/**
 * Copies into `table` the rows whose `key` column has a value the table does not hold yet (rows seeded before are
 * skipped), each column read as `columns` says; returns the rows it copied.
 */
export async function copyNewRows<T>(db: Db, table: string, columns: CopyColumns<T>, key: string, rows: readonly T[]): Promise<T[]> {
  const read = columns.find(([name]) => name === key)?.[1];
  if (!read) throw new Error(`${key} is not a column written to ${table}`);
  const keyOf = (row: T) => String(read(row));
  const taken = await existingKeys(db, table, key, rows.map(keyOf));
  const fresh = rows.filter((row) => !taken.has(keyOf(row)));
  await copyRows(
    db,
    table,
    columns.map(([name]) => name),
    fresh.map((row) => columns.map(([, value]) => value(row))),
  );
  return fresh;
}
