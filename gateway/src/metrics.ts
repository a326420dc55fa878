// Prometheus metrics of the gateway: requests by operation and outcome, latency, subgraph fetches
// (recorded by plugins/useMetrics.ts).
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class GatewayMetrics {
  readonly registry = new Registry();

  readonly requests = new Counter({
    name: 'hub_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly latency = new Histogram({
    name: 'hub_graphql_request_duration_seconds',
    help: 'GraphQL request latency at the gateway',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly subgraphLatency = new Histogram({
    name: 'hub_subgraph_fetch_duration_seconds',
    help: 'Latency of fetches from the gateway to each subgraph',
    labelNames: ['service', 'outcome'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly singleFetch = new Counter({
    name: 'hub_gateway_single_fetch_total',
    help: 'Operations answered by the single-fetch fast path: in front of Apollo Server (http) or in its pipeline (plugin)',
    labelNames: ['path'] as const,
    registers: [this.registry],
  });

  /**
   * `knownOperations`: the only operation names used as labels; any other name counts as `other`, so the
   * label set stays bounded. Without it every name is a label (tests of this class only).
   */
  constructor(private readonly knownOperations?: ReadonlySet<string>) {
    collectDefaultMetrics({ register: this.registry, prefix: 'hub_' });
  }

  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    return !this.knownOperations || this.knownOperations.has(name) ? name : 'other';
  }
}
