// The gateway's Prometheus measurements (registry in ../metrics.ts): each GraphQL request by operation and
// outcome with its latency, and each subgraph fetch by service and outcome.
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayMetrics } from '../metrics';

export type FetchOutcome = 'success' | 'error' | 'unreachable';

const secondsSince = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;

/** Requests and their latency, labelled with the operation (bounded to the known operations). */
export function useMetrics(metrics: GatewayMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, response, errors }) {
          const operation = metrics.operationLabel(operationName);
          const body = response.body;
          const hasErrors = Boolean(errors?.length) || (body.kind === 'single' && Boolean(body.singleResult.errors?.length));
          metrics.requests.inc({ operation, outcome: hasErrors ? 'error' : 'success' });
          metrics.latency.observe({ operation }, secondsSince(started));
        },
      };
    },
  };
}

/** Records one subgraph fetch that began at `started` (process.hrtime.bigint()). */
export function useSubgraphMetrics(metrics: GatewayMetrics, service: string) {
  return function observeFetch(started: bigint, outcome: FetchOutcome): void {
    metrics.subgraphLatency.observe({ service, outcome }, secondsSince(started));
  };
}
