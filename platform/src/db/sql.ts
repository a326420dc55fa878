// Raw SQL through the request's EntityManager (inside its transaction when there is one), in the two
// dialects the code base writes: knex-style `Sql` (`?` placeholders; arrays expand for `in (?)`) and
// pg-style `Queryable` (`$1` placeholders, also served by a pg Pool or Client).
import type { EntityManager } from '@mikro-orm/postgresql';

export type Sql = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/** The rows a statement answers, typed by the caller who wrote the statement (the driver cannot know). */
async function rowsOf<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const rows: unknown = await em.getConnection().execute(sql, params, 'all', em.getTransactionContext());
  return rows as T[];
}

export function sqlOf(em: EntityManager): Sql {
  return <T>(sql: string, params: unknown[] = []) => rowsOf<T>(em, sql, params);
}

/**
 * A pg-style Queryable over a MikroORM EntityManager, so the same SQL serves a pg Pool (CLI) and a
 * request's EntityManager (`$n` are rewritten to `?` in order). Bind scalars only: knex expands an array
 * binding into a list.
 */
export function entityManagerQueryable(em: EntityManager): Queryable {
  return {
    async query<R>(sql: string, params: unknown[] = []) {
      const ordered: unknown[] = [];
      const rewritten = sql.replace(/\$(\d+)/g, (_m, n: string) => {
        ordered.push(params[Number(n) - 1]);
        return '?';
      });
      return { rows: await rowsOf<R>(em, rewritten, ordered) };
    },
  };
}

/** PostgreSQL unique violation on the named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  if (e?.code !== '23505') return false;
  return !constraint || e.constraint === constraint || Boolean(e.message?.includes(constraint));
}

/** PostgreSQL check violation on the named constraint. */
export function isCheckViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  if (e?.code !== '23514') return false;
  return !constraint || e.constraint === constraint || Boolean(e.message?.includes(constraint));
}

/** A PostgreSQL array literal for a `?::text[]` parameter (a plain JS array would expand into a list). */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}
