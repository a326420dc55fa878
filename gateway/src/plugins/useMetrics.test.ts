import { ApolloServer } from '@apollo/server';
import { GatewayMetrics } from '../metrics';
import { useMetrics, useSubgraphMetrics } from './useMetrics';

async function valueOf(metrics: GatewayMetrics, name: string, labels: Record<string, string>): Promise<number | undefined> {
  // A histogram's values carry their own names (`<name>_count`, `_sum`, `_bucket`).
  const base = name.replace(/_count$/, '');
  const metric = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === base);
  const matches = (l: Record<string, unknown>) => Object.entries(labels).every(([k, v]) => l[k] === v);
  const values = metric?.values as Array<{ value: number; labels: Record<string, unknown>; metricName?: string }> | undefined;
  return values?.find((v) => (v.metricName ?? base) === name && matches(v.labels))?.value;
}

test('each request is counted by its operation and outcome, and timed', async () => {
  const metrics = new GatewayMetrics(new Set(['Known']));
  const apollo = new ApolloServer({
    typeDefs: 'type Query { ok: Int, bad: Int }',
    resolvers: {
      Query: {
        ok: () => 1,
        bad: () => {
          throw new Error('no');
        },
      },
    },
    plugins: [useMetrics(metrics)],
  });
  await apollo.executeOperation({ query: 'query Known { ok }' });
  await apollo.executeOperation({ query: 'query Unlisted { bad }' });
  expect(await valueOf(metrics, 'hub_graphql_requests_total', { operation: 'Known', outcome: 'success' })).toBe(1);
  expect(await valueOf(metrics, 'hub_graphql_requests_total', { operation: 'other', outcome: 'error' })).toBe(1);
  expect(await valueOf(metrics, 'hub_graphql_request_duration_seconds_count', { operation: 'Known' })).toBe(1);
  await apollo.stop();
});

test('a subgraph fetch is timed under its service and outcome', async () => {
  const metrics = new GatewayMetrics();
  const observe = useSubgraphMetrics(metrics, 'identity');
  observe(process.hrtime.bigint(), 'unreachable');
  observe(process.hrtime.bigint(), 'success');
  observe(process.hrtime.bigint(), 'success');
  expect(await valueOf(metrics, 'hub_subgraph_fetch_duration_seconds_count', { service: 'identity', outcome: 'success' })).toBe(2);
  expect(await valueOf(metrics, 'hub_subgraph_fetch_duration_seconds_count', { service: 'identity', outcome: 'unreachable' })).toBe(1);
});
