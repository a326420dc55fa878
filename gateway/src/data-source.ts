// How the gateway talks to a subgraph: keep-alive connections and, per fetch, the small plugins composed
// here (plugins/): the caller's headers propagated, identical in-flight queries shared, the fetch measured,
// the subgraph's errors tagged with its name, and an unreachable subgraph turned into SERVICE_UNAVAILABLE.
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { Agent } from 'undici';
import type { GatewayContext } from './context';
import type { GatewayMetrics } from './metrics';
import { useDeduplication, type SubgraphFetch } from './plugins/useDeduplication';
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
  private readonly fetchOnceBound: SubgraphFetch = (options) => this.fetchOnce(options);

  constructor(
    readonly name: string,
    url: string,
    metrics: GatewayMetrics,
    fetcher: ReturnType<typeof keepAliveFetcher>['fetcher'],
    deduplicate = true,
  ) {
    // The keep-alive fetcher answers a narrower response type than @apollo/gateway's Fetcher declares.
    // eslint-disable-next-line no-restricted-syntax -- to be typed with an adapter (issue 13)
    super({ url, fetcher: fetcher as never });
    this.share = useDeduplication(deduplicate);
    this.observeFetch = useSubgraphMetrics(metrics, name);
    this.errors = useErrorTagging(name);
    this.unavailable = useUnavailability(name);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    this.propagateHeaders(request.http?.headers, context);
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    return this.share ? this.share(options, this.fetchOnceBound) : this.fetchOnce(options);
  }

  private async fetchOnce(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const started = process.hrtime.bigint();
    try {
      const response = this.errors.answer(await super.process(options));
      this.observeFetch(started, response.errors?.length ? 'error' : 'success');
      return response;
    } catch (error) {
      const answered = this.errors.thrown(error);
      this.observeFetch(started, answered ? 'error' : 'unreachable');
      return answered ?? this.unavailable();
    }
  }
}
