// Raw SQL through the request's EntityManager (inside its transaction when there is one).
// Placeholders are `?`; arrays expand for `in (?)`.
import type { EntityManager } from '@mikro-orm/postgresql';

export type Sql = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

export function sqlOf(em: EntityManager): Sql {
  return <T>(sql: string, params: unknown[] = []) =>
    em.getConnection().execute<T[]>(sql, params as never[], 'all', em.getTransactionContext());
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
