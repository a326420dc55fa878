// In-flight deduplication (GATEWAY_DEDUPLICATE): identical subgraph queries (same document, variables,
// caller and purpose) that are in flight at the same time share one fetch. Mutations are never shared.
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from '../context';

export type SubgraphFetch = (options: GraphQLDataSourceProcessOptions<GatewayContext>) => Promise<GatewayGraphQLResponse>;

/** The key two requests share a fetch under, or null for a request that is never shared (not a query). */
export function deduplicationKey({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): string | null {
  const query = request.query ?? '';
  if (!/^\s*(query\b|\{)/.test(query)) return null;
  return JSON.stringify([query, request.variables ?? null, context?.authorization ?? null, context?.accessPurpose ?? null]);
}

/** A function that runs `fetch` or joins the identical one in flight; null when deduplication is off. */
export function useDeduplication(
  enabled: boolean,
): ((options: GraphQLDataSourceProcessOptions<GatewayContext>, fetch: SubgraphFetch) => Promise<GatewayGraphQLResponse>) | null {
  if (!enabled) return null;
  const inFlight = new Map<string, Promise<GatewayGraphQLResponse>>();
  return async function share(options, fetch) {
    const key = deduplicationKey(options);
    if (!key) return fetch(options);
    let shared = inFlight.get(key);
    if (!shared) {
      shared = fetch(options).finally(() => inFlight.delete(key));
      inFlight.set(key, shared);
    } else if ('incomingRequestContext' in options) {
      // A shared answer never saw its subgraph's Cache-Control header: never let it make a response cacheable.
      options.incomingRequestContext.overallCachePolicy?.restrict({ maxAge: 0 });
    }
    // The parsed body is copied for each sharer; the fetch Response beside it is not cloneable (Node 24 refuses it).
    const { http, ...body } = await shared;
    return { ...structuredClone(body), http };
  };
}
