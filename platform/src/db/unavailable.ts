// Which failures mean "a service the hub depends on is not answering" (database or key-value store
// stalled, down, restarting, out of connections) rather than a bug: those reach the client as
// SERVICE_UNAVAILABLE, everything else stays masked as INTERNAL_SERVER_ERROR.
import type { GraphQLFormattedError } from 'graphql';

/** PostgreSQL SQLSTATEs: statement timeout/cancel, shutdown, cannot connect now, too many connections. */
const UNAVAILABLE_SQLSTATES = new Set(['57014', '57P01', '57P02', '57P03', '53300', '55P03']);
const UNAVAILABLE_NODE_CODES = new Set(['HUB_DB_TIMEOUT', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i, // node-postgres: server closed or connect timeout
  /^timeout expired$/i, // node-postgres: connectionTimeoutMillis passed while connecting
  /timeout exceeded when trying to connect/i, // pg-pool acquisition
  /Timeout acquiring a connection/i, // knex (MikroORM) pool acquisition
  /Client has encountered a connection error and is not queryable/i,
  /Connection ended unexpectedly/i,
];

export function isUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const e = error as { code?: unknown; sqlState?: unknown; message?: unknown; name?: unknown; cause?: unknown; originalError?: unknown; previous?: unknown };
  const code = typeof e.code === 'string' ? e.code : typeof e.sqlState === 'string' ? e.sqlState : undefined;
  if (code && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || UNAVAILABLE_NODE_CODES.has(code))) return true;
  if (e.name === 'KnexTimeoutError') return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  return [e.originalError, e.cause, e.previous].some((inner) => inner !== error && isUnavailable(inner, depth + 1));
}

/** Apollo `formatError` step: an unanswered dependency becomes SERVICE_UNAVAILABLE (before masking). */
export function unavailableAsServiceError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (!isUnavailable(error)) return formatted;
  return {
    message: 'The database is unavailable right now. Try again shortly.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  };
}
