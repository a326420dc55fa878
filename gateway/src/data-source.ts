// How the gateway talks to a subgraph: keep-alive connections, the caller's headers forwarded,
// fetch latency measured, and an unreachable subgraph turned into SERVICE_UNAVAILABLE on its path.
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { Agent } from 'undici';
import { injectTraceHeaders } from '#platform/tracing/index';
import type { GatewayMetrics } from './metrics';
import { dispatcherFetcher } from './subgraph-transport';

export interface GatewayContext {
  requestId: string;
  authorization?: string;
  accessPurpose?: string;
  clientIp: string;
  /** Kind of the verified caller (the subgraphs verify the token again themselves). */
  callerKind: string;
  /** Proves to the subgraphs that the gateway states `clientIp` (platform/src/http/client-address.ts). */
  gatewayKey?: string;
}

const FORWARDED = { authorization: 'authorization', accessPurpose: 'x-access-purpose' } as const;

/** `timeoutMs`: a subgraph that sends no response headers (or stalls its body) for this long is unavailable. */
export function keepAliveFetcher(connections: number, timeoutMs = 10_000) {
  const agent = new Agent({ keepAliveTimeout: 30_000, connections, pipelining: 1, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  // undici's dispatcher API, not WHATWG fetch: see subgraph-transport.ts.
  const fetcher = dispatcherFetcher(agent);
  return { agent, fetcher };
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly metrics: GatewayMetrics,
    fetcher: ReturnType<typeof keepAliveFetcher>['fetcher'],
    private readonly deduplicate = true,
  ) {
    // The keep-alive fetcher answers a narrower response type than @apollo/gateway's Fetcher declares.
    // eslint-disable-next-line no-restricted-syntax -- to be typed with an adapter (issue 13)
    super({ url, fetcher: fetcher as never });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = request.http?.headers;
    if (!headers || !context) return;
    if (context.requestId) headers.set('x-request-id', context.requestId);
    if (context.clientIp) headers.set('x-forwarded-for', context.clientIp);
    if (context.gatewayKey) headers.set('x-hub-gateway-key', context.gatewayKey);
    injectTraceHeaders(headers);
    for (const [key, header] of Object.entries(FORWARDED)) {
      const value = context[key as keyof typeof FORWARDED];
      if (value) headers.set(header, value);
    }
  }

  private readonly inFlight = new Map<string, Promise<GatewayGraphQLResponse>>();

  /**
   * Identical queries (same operation, variables and caller) that are in flight at the same time
   * share one subgraph fetch. Mutations are never shared.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const key = this.deduplicate ? dedupeKey(options) : null;
    if (!key) return this.fetchOnce(options);
    let shared = this.inFlight.get(key);
    if (!shared) {
      shared = this.fetchOnce(options).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, shared);
    } else if ('incomingRequestContext' in options) {
      // A shared answer never saw its subgraph's Cache-Control header: never let it make a response cacheable.
      options.incomingRequestContext.overallCachePolicy?.restrict({ maxAge: 0 });
    }
    // The parsed body is copied for each sharer; the fetch Response beside it is not cloneable (Node 24 refuses it).
    const { http, ...body } = await shared;
    return { ...structuredClone(body), http };
  }

  private async fetchOnce(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const started = process.hrtime.bigint();
    try {
      const response = await super.process(options);
      const errors = response.errors?.map((error) => ({
        ...error,
        extensions: { ...error.extensions, serviceName: this.name },
      }));
      this.metrics.subgraphLatency.observe({ service: this.name, outcome: errors?.length ? 'error' : 'success' }, seconds(started));
      return errors ? { ...response, errors } : response;
    } catch (error) {
      // A subgraph that answered with an HTTP error and GraphQL errors (e.g. 401 for a revoked token) is not
      // unavailable: its errors go to the client as they are, tagged with the service.
      const answered = graphqlErrorsOf(error);
      if (answered) {
        this.metrics.subgraphLatency.observe({ service: this.name, outcome: 'error' }, seconds(started));
        return { errors: answered.map((e) => ({ ...e, extensions: { ...e.extensions, serviceName: this.name } })) };
      }
      this.metrics.subgraphLatency.observe({ service: this.name, outcome: 'unreachable' }, seconds(started));
      return {
        errors: [
          {
            message: `The ${this.name} service is unavailable right now. Try again shortly.`,
            extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.name },
          },
        ],
      };
    }
  }
}

type SubgraphError = { message: string; extensions?: Record<string, unknown> };

/** The GraphQL errors in the body of a non-2xx subgraph response, as RemoteGraphQLDataSource reports it. */
function graphqlErrorsOf(error: unknown): SubgraphError[] | null {
  const body = (error as { extensions?: { response?: { body?: unknown } } })?.extensions?.response?.body;
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  return errors.filter((e): e is SubgraphError => typeof (e as SubgraphError)?.message === 'string');
}

function dedupeKey({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): string | null {
  const query = request.query ?? '';
  if (!/^\s*(query\b|\{)/.test(query)) return null;
  return JSON.stringify([query, request.variables ?? null, context?.authorization ?? null, context?.accessPurpose ?? null]);
}

const seconds = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;
