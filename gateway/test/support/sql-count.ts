// Counting the SQL statements a piece of work sends through any pg client of this process.
import { Client } from 'pg';

/** A statement's shape: literals and IN lists folded, so that the same query for other rows reads the same. */
export const statementShape = (sql: string) =>
  sql
    .replace(/\s+/g, ' ')
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\b\d+\b/g, '?')
    .replace(/in \((?:\?, )*\?\)/gi, 'in (…)')
    .trim();

/**
 * The statements of a request as sorted shapes (concurrent subgraph fetches interleave), without the token's
 * revocation lookup, which is per caller and cached for a few seconds, not per row, and without the session
 * settings a pool sends when it opens a connection (orm.ts), which come with a new connection, not a request.
 */
export const perRequestShapes = (statements: string[]) =>
  statements
    .map(statementShape)
    .filter((s) => !s.includes('platform.revocation') && !/^set statement_timeout = \?; set idle_in_transaction_session_timeout = \?$/.test(s))
    .sort();

export async function countStatements(work: () => Promise<unknown>): Promise<{ count: number; statements: string[] }> {
  const statements: string[] = [];
  const original = Client.prototype.query;
  Client.prototype.query = function countedQuery(this: Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    statements.push(typeof first === 'string' ? first : (first?.text ?? '?'));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof Client.prototype.query;
  try {
    await work();
  } finally {
    Client.prototype.query = original;
  }
  return { count: statements.length, statements };
}
