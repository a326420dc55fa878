// The Apollo Gateway over the committed supergraph (static composition).
import fs from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { supergraphPath } from '#platform/paths';
import { keepAliveFetcher, SubgraphDataSource } from './data-source';
import type { GatewayMetrics } from './metrics';

export type SubgraphUrls = Record<string, string>;

export function createGateway(urls: SubgraphUrls, metrics: GatewayMetrics, supergraphSdl = fs.readFileSync(supergraphPath(), 'utf8')) {
  // @apollo/gateway otherwise probes cloud metadata addresses and reports usage to Apollo.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const { agent, fetcher } = keepAliveFetcher(64);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const target = urls[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      return new SubgraphDataSource(name, target, metrics, fetcher);
    },
  });
  return { gateway, agent };
}
