// How the gateway talks to a subgraph: keep-alive connections and, per fetch, the small plugins composed
// here (plugins/): the caller's headers propagated, identical in-flight queries shared, the fetch measured,
// the subgraph's errors tagged with its name, and an unreachable subgraph turned into SERVICE_UNAVAILABLE.
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { parseCacheControlHeader } from '@apollo/gateway/dist/datasources/parseCacheControlHeader';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { Agent } from 'undici';
import type { GatewayContext } from './context';
import type { GatewayMetrics } from './metrics';
import { cachePolicyOf, useDeduplication, type FetchOptions, type SubgraphFetch } from './plugins/useDeduplication';
import { useErrorTagging } from './plugins/useErrorTagging';
import { useHeaderPropagation } from './plugins/useHeaderPropagation';
import { useSubgraphMetrics } from './plugins/useMetrics';
import { useUnavailability } from './plugins/useUnavailability';
import { dispatcherFetcher } from './subgraph-transport';

export type { GatewayContext } from './context';

/** `timeoutMs`: a subgraph that sends no response headers (or stalls its body) for this long is unavailable. */
export function keepAliveFetcher(connections: number, timeoutMs = 10_000) {
  const agent = new Agent({ keepAliveTimeout: 30_000, connections, pipelining: 1, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  // undici's dispatcher API, not WHATWG fetch: see subgraph-transport.ts.
  const fetcher = dispatcherFetcher(agent);
  return { agent, fetcher };
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  // Each plugin is built once per subgraph: a fetch allocates nothing for them beyond what it did before.
  private readonly propagateHeaders = useHeaderPropagation();
  private readonly share;
  private readonly observeFetch;
  private readonly errors;
  private readonly unavailable;
  private readonly fetchOnceBound: SubgraphFetch = (options) => this.fetchOnce(options, this.processBound);
  private readonly forwardOnceBound: SubgraphFetch<FetchOptions> = (options) => this.fetchOnce(options, this.postBound);
  private readonly processBound: SubgraphFetch = (options) => super.process(options);
  private readonly postBound: SubgraphFetch<FetchOptions> = (options) => this.post(options);

  constructor(
    readonly name: string,
    url: string,
    metrics: GatewayMetrics,
    fetcher: ReturnType<typeof keepAliveFetcher>['fetcher'],
    deduplicate = true,
  ) {
    super({ url, fetcher });
    this.share = useDeduplication(deduplicate);
    this.observeFetch = useSubgraphMetrics(metrics, name);
    this.errors = useErrorTagging(name);
    this.unavailable = useUnavailability(name);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    this.propagateHeaders(request.http?.headers, context);
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    return this.share ? this.share(options, this.fetchOnceBound) : this.fetchOnce(options, this.processBound);
  }

  /**
   * The single-fetch fast path's fetch of the client's own document: what process() does (the same plugins,
   * headers, body, error handling and cache hint), without the node-fetch Headers and Request that
   * RemoteGraphQLDataSource builds for each fetch (for hooks this data source does not use).
   */
  forward(options: FetchOptions): Promise<GatewayGraphQLResponse> {
    return this.share ? this.share(options, this.forwardOnceBound) : this.fetchOnce(options, this.postBound);
  }

  private async post(options: FetchOptions): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    this.propagateHeaders({ set: (name, value) => void (headers[name.toLowerCase()] = value) }, context);
    const body = JSON.stringify({ query: request.query, operationName: request.operationName, variables: request.variables });
    const response = await this.fetcher(this.url, { method: 'POST', headers, body });
    if (!response.ok) throw await this.errorFromResponse(response);
    const parsed = await this.parseBody(response);
    if (typeof parsed !== 'object' || parsed === null) throw new Error(`Expected JSON response body, but received: ${String(parsed)}`);
    const policy = cachePolicyOf(options);
    if (policy) {
      const parsedHeader = parseCacheControlHeader(response.headers.get('cache-control'));
      const maxAge = parsedHeader['max-age'];
      policy.restrict({
        maxAge: typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge) ? Number(maxAge) : 0,
        ...(parsedHeader.private === true ? { scope: 'PRIVATE' as const } : {}),
        ...(parsedHeader.public === true ? { scope: 'PUBLIC' as const } : {}),
      });
    }
    return { ...parsed, http: response };
  }

  private async fetchOnce<O extends FetchOptions | GraphQLDataSourceProcessOptions<GatewayContext>>(
    options: O,
    send: SubgraphFetch<O>,
  ): Promise<GatewayGraphQLResponse> {
    const started = process.hrtime.bigint();
    try {
      const response = this.errors.answer(await send(options));
      this.observeFetch(started, response.errors?.length ? 'error' : 'success');
      return response;
    } catch (error) {
      const answered = this.errors.thrown(error);
      this.observeFetch(started, answered ? 'error' : 'unreachable');
      return answered ?? this.unavailable();
    }
  }
}
