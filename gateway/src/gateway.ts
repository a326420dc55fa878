// The Apollo Gateway over the committed supergraph (static composition).
import fs from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { supergraphPath } from '#platform/paths';
import { keepAliveFetcher, SubgraphDataSource } from './data-source';
import type { GatewayMetrics } from './metrics';

export type SubgraphUrls = Record<string, string>;

export interface GatewayTuning {
  /** Identical in-flight subgraph queries share one fetch (GATEWAY_DEDUPLICATE). */
  deduplicate: boolean;
  /** Approximate query-plan cache size in MiB (GATEWAY_QUERY_PLAN_CACHE_MIB). */
  queryPlanCacheMiB: number;
  /** Keep-alive connections per subgraph origin (GATEWAY_SUBGRAPH_CONNECTIONS). */
  connections: number;
  /** Milliseconds the gateway waits for a subgraph (GATEWAY_SUBGRAPH_TIMEOUT_MS). */
  subgraphTimeoutMs: number;
}

const DEFAULT_TUNING: GatewayTuning = { deduplicate: true, queryPlanCacheMiB: 30, connections: 64, subgraphTimeoutMs: 10_000 };

export function createGateway(
  urls: SubgraphUrls,
  metrics: GatewayMetrics,
  supergraphSdl = fs.readFileSync(supergraphPath(), 'utf8'),
  tuning: Partial<GatewayTuning> = {},
) {
  const { deduplicate, queryPlanCacheMiB, connections, subgraphTimeoutMs } = { ...DEFAULT_TUNING, ...tuning };
  // @apollo/gateway otherwise probes cloud metadata addresses and reports usage to Apollo.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const { agent, fetcher } = keepAliveFetcher(connections, subgraphTimeoutMs);
  const dataSources = new Map<string, SubgraphDataSource>();
  const gateway = new ApolloGateway({
    supergraphSdl,
    // Plans are cached by operation; the client operations (schema/operations) fit many times over.
    experimental_approximateQueryPlanStoreMiB: queryPlanCacheMiB,
    buildService: ({ name, url }) => {
      const target = urls[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      const source = new SubgraphDataSource(name, target, metrics, fetcher, deduplicate);
      dataSources.set(name, source);
      return source;
    },
  });
  return { gateway, agent, dataSources, supergraphSdl };
}
