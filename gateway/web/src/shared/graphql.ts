// POST /graphql on the page's own origin with a typed operation from codegen.
import type { TypedDocumentString } from '../__generated__/operations';

import type { GraphQLFailure } from './failure';

export type { GraphQLFailure };

export interface GraphQLResult<T> {
  data: T | null;
  /** The first error's code (UNAUTHENTICATED, OTP_INVALID, …), when there was one. */
  error: GraphQLFailure | null;
  /** Every error's code by the path it belongs to, e.g. `me.person.taspen.thtBalance`. */
  errorsByPath: Map<string, string>;
}

interface WireError {
  path?: Array<string | number>;
  extensions?: { code?: string; field?: string; retryAfterSeconds?: number };
}

export async function graphql<T, V>(document: TypedDocumentString<T, V>, variables: V, token?: string | null): Promise<GraphQLResult<T>> {
  let body: { data?: T | null; errors?: WireError[] };
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
      cache: 'no-store',
      credentials: 'omit',
    });
    body = await response.json();
  } catch {
    return { data: null, error: { code: 'NETWORK' }, errorsByPath: new Map() };
  }
  const errors = body.errors ?? [];
  const first = errors[0]?.extensions;
  return {
    data: body.data ?? null,
    error: errors.length ? { code: first?.code ?? 'INTERNAL_SERVER_ERROR', field: first?.field, retryAfterSeconds: first?.retryAfterSeconds } : null,
    errorsByPath: new Map(errors.filter((e) => e.path).map((e) => [e.path!.join('.'), e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'])),
  };
}
