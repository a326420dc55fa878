// In-flight deduplication (GATEWAY_DEDUPLICATE): identical subgraph queries (same document, variables,
// caller and purpose) that are in flight at the same time share one fetch. Mutations are never shared.
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from '../context';

type ApolloOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
type CachePolicy = { restrict(hint: { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }): void };

/**
 * What a subgraph fetch reads of its options: the request, the caller's context and, for a client's
 * operation, the incoming request's cache policy. Apollo's full options are one; the single-fetch path,
 * which has no Apollo request context of its own, passes just these.
 */
export interface FetchOptions {
  request: ApolloOptions['request'];
  context: GatewayContext;
  incomingRequestContext?: { overallCachePolicy?: CachePolicy | null };
}

export type SubgraphFetch<O extends FetchOptions | ApolloOptions = ApolloOptions> = (options: O) => Promise<GatewayGraphQLResponse>;

/** The incoming request's cache policy, where the options carry one that can be restricted. */
export function cachePolicyOf(options: FetchOptions | ApolloOptions): CachePolicy | null {
  const policy = 'incomingRequestContext' in options ? options.incomingRequestContext?.overallCachePolicy : undefined;
  return policy && 'restrict' in policy ? policy : null;
}

/** The key two requests share a fetch under, or null for a request that is never shared (not a query). */
export function deduplicationKey({ request, context }: FetchOptions | ApolloOptions): string | null {
  const query = request.query ?? '';
  if (!/^\s*(query\b|\{)/.test(query)) return null;
  return JSON.stringify([query, request.variables ?? null, context?.authorization ?? null, context?.accessPurpose ?? null]);
}

/** A function that runs `fetch` or joins the identical one in flight; null when deduplication is off. */
export function useDeduplication(
  enabled: boolean,
): (<O extends FetchOptions | ApolloOptions>(options: O, fetch: SubgraphFetch<O>) => Promise<GatewayGraphQLResponse>) | null {
  if (!enabled) return null;
  const inFlight = new Map<string, Promise<GatewayGraphQLResponse>>();
  return async function share<O extends FetchOptions | ApolloOptions>(options: O, fetch: SubgraphFetch<O>) {
    const key = deduplicationKey(options);
    if (!key) return fetch(options);
    let shared = inFlight.get(key);
    if (!shared) {
      shared = fetch(options).finally(() => inFlight.delete(key));
      inFlight.set(key, shared);
    } else {
      // A shared answer never saw its subgraph's Cache-Control header: never let it make a response cacheable.
      cachePolicyOf(options)?.restrict({ maxAge: 0 });
    }
    // The parsed body is copied for each sharer; the fetch Response beside it is not cloneable (Node 24 refuses it).
    const { http, ...body } = await shared;
    return { ...structuredClone(body), http };
  };
}
