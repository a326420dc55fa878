// P1, gateway overhead: a one-subgraph query (`Me`, identity only) sent straight to the identity
// subgraph vs the same query through our gateway. Both servers under test share CPU 0, so the
// through-gateway figure pays for both processes; CPU-ms per request shows where the time goes.
import { BUDI, personaAccount } from '../callers';
import { checkRequest, runLoad, type GraphqlRequest, type LoadResult } from '../load';
import { CPU } from '../processes';
import type { BenchContext, ScenarioResult } from '../settings';
import { startOurGateway, startSubgraph, type SubgraphUrls } from '../stack';
import { formatSpread, interleave, ratio, spread } from '../stats';

export const ME = `query Me { me { id email roles person { nik fullName birthDate } } }`;

export async function runP1(ctx: BenchContext, support: SubgraphUrls): Promise<ScenarioResult> {
  const { env, settings } = ctx;
  const identity = await startSubgraph(env, 'identity', ctx.databaseUrl, CPU.underTest);
  const identityUrl = `http://127.0.0.1:${identity.port}/graphql`;
  const gateway = await startOurGateway(env, {
    name: 'gateway@cpu0',
    databaseUrl: ctx.databaseUrl,
    subgraphs: { ...support, identity: identityUrl },
    cpu: CPU.underTest,
    // Every connection sends the same query with the same token: deduplication would merge them.
    extra: { GATEWAY_DEDUPLICATE: 'false' },
  });
  // The same gateway without the single-fetch fast path (gateway/src/single-fetch.ts): Apollo's executor.
  const executor = await startOurGateway(env, {
    name: 'gateway-executor@cpu0',
    databaseUrl: ctx.databaseUrl,
    subgraphs: { ...support, identity: identityUrl },
    cpu: CPU.underTest,
    extra: { GATEWAY_DEDUPLICATE: 'false', GATEWAY_SINGLE_FETCH: 'false' },
  });
  try {
    const accountId = await personaAccount(ctx.databaseUrl, BUDI);
    const token = await ctx.callers.participant(accountId, BUDI.nik);
    const headers = { authorization: `Bearer ${token}` };
    const direct: GraphqlRequest = { url: identityUrl, query: ME, headers };
    const through: GraphqlRequest = { url: `http://127.0.0.1:${gateway.port}/graphql`, query: ME, headers };
    const throughExecutor: GraphqlRequest = { url: `http://127.0.0.1:${executor.port}/graphql`, query: ME, headers };
    const isBudi = (data: { me?: { person?: { nik?: string } } } | undefined) => data?.me?.person?.nik === BUDI.nik;
    await checkRequest(direct, isBudi, 'P1 direct');
    await checkRequest(through, isBudi, 'P1 through the gateway');
    await checkRequest(throughExecutor, isBudi, 'P1 through the gateway without the fast path');

    const load = { seconds: settings.seconds, connections: settings.connections };
    ctx.log('P1 warm-up');
    await runLoad(direct, { ...load, seconds: settings.warmupSeconds });
    await runLoad(through, { ...load, seconds: settings.warmupSeconds });
    await runLoad(throughExecutor, { ...load, seconds: settings.warmupSeconds });
    ctx.log(`P1 ${settings.rounds} interleaved rounds of ${settings.seconds} s`);
    const runs = await interleave<LoadResult>(
      {
        direct: () => runLoad(direct, { ...load, measure: { subgraph: identity.pid } }),
        gateway: () => runLoad(through, { ...load, measure: { subgraph: identity.pid, gateway: gateway.pid } }),
        executor: () => runLoad(throughExecutor, { ...load, measure: { subgraph: identity.pid, gateway: executor.pid } }),
      },
      settings.rounds,
    );
    const rps = (leg: string) => spread(runs[leg].map((run) => run.requestsPerSecond));
    const cpu = (leg: string, process: string) => spread(runs[leg].map((run) => run.cpuMsPerRequest[process]));
    const directRps = rps('direct');
    const gatewayRps = rps('gateway');
    const failures = Object.values(runs)
      .flat()
      .reduce((sum, run) => sum + run.failures, 0);
    return {
      rows: [
        { scenario: 'P1', leg: 'direct to identity', metric: 'req/s', value: formatSpread(directRps) },
        { scenario: 'P1', leg: 'through gateway', metric: 'req/s', value: formatSpread(gatewayRps) },
        { scenario: 'P1', leg: 'direct: subgraph', metric: 'CPU ms/req', value: formatSpread(cpu('direct', 'subgraph'), 3) },
        { scenario: 'P1', leg: 'via gw: subgraph', metric: 'CPU ms/req', value: formatSpread(cpu('gateway', 'subgraph'), 3) },
        { scenario: 'P1', leg: 'via gw: gateway', metric: 'CPU ms/req', value: formatSpread(cpu('gateway', 'gateway'), 3) },
        { scenario: 'P1', leg: 'via gw, fast path off: gateway', metric: 'CPU ms/req', value: formatSpread(cpu('executor', 'gateway'), 3) },
        { scenario: 'P1', leg: 'through gateway, fast path off', metric: 'req/s', value: formatSpread(rps('executor')) },
        { scenario: 'P1', leg: 'gateway / direct', metric: 'ratio', value: ratio(gatewayRps.median, directRps.median).toFixed(2) },
        { scenario: 'P1', leg: 'gateway fast path off / direct', metric: 'ratio', value: ratio(rps('executor').median, directRps.median).toFixed(2) },
        { scenario: 'P1', leg: 'non-2xx or errors', metric: 'count', value: String(failures) },
      ],
      keys: {
        p1_gateway_over_direct: ratio(gatewayRps.median, directRps.median),
        p1_direct_rps: directRps.median,
        p1_gateway_rps: gatewayRps.median,
        p1_gateway_cpu_ms_per_request: cpu('gateway', 'gateway').median,
        p1_executor_over_direct: ratio(rps('executor').median, directRps.median),
        p1_executor_cpu_ms_per_request: cpu('executor', 'gateway').median,
        p1_subgraph_cpu_ms_per_request: cpu('direct', 'subgraph').median,
      },
      details: { query: ME, layout: 'identity subgraph and gateway on CPU 0; autocannon and the other subgraphs on CPU 1', runs },
    };
  } finally {
    await gateway.stop();
    await executor.stop();
    await identity.stop();
  }
}
