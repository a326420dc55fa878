// P2, peer comparison: the same supergraph and the same subgraph processes behind Hive Gateway and
// behind ours (in-flight deduplication off for the fair comparison; on, reported separately), on
// MyOverview for a stepped-up participant and on a staff list read (people(niks:), with a purpose).
import { print } from 'graphql';
import { MyOverviewDocument } from '../../schema/__generated__/operations';
import { personas } from '#domain/seed/personas';
import { BUDI, STAFF_PURPOSE, personaAccount } from '../callers';
import { checkRequest, runLoad, type GraphqlRequest, type LoadResult } from '../load';
import { CPU, peakRssMiB } from '../processes';
import type { BenchContext, ReportRow, ScenarioResult } from '../settings';
import { startHiveGateway, startOurGateway, type SubgraphUrls } from '../stack';
import { formatSpread, interleave, ratio, spread } from '../stats';

/** The contract's MyOverview, from the project's typed client operations. */

/** The answers of both queries as the checks read them (each check reads its own part). */
interface PeerAnswer {
  me?: { person?: { taspen?: { thtBalance?: unknown }; bpjsTk?: { jhtBalance?: unknown } } };
  people?: Array<{ nik?: string } | null>;
}
export const MY_OVERVIEW = print(MyOverviewDocument);

export const STAFF_PEOPLE_LIST = `query StaffPeopleList($niks: [String!]!) {
  people(niks: $niks) {
    nik fullName birthDate
    taspen { nip employer status }
    bpjsTk { kpj membership status employer inactiveSince }
  }
}`;

const LEGS = ['hiveRust', 'hive', 'ours', 'oursDedup'] as const;
type Leg = (typeof LEGS)[number];
const LEG_NAMES: Record<Leg, string> = {
  hiveRust: 'Hive Gateway + Rust planner',
  hive: 'Hive Gateway',
  ours: 'ours (dedup off)',
  oursDedup: 'ours (dedup on)',
};

export async function runP2(ctx: BenchContext, subgraphs: SubgraphUrls): Promise<ScenarioResult> {
  const { env, settings } = ctx;
  const ourGateway = (deduplicate: boolean) =>
    startOurGateway(env, {
      name: `gateway-dedup-${deduplicate ? 'on' : 'off'}`,
      databaseUrl: ctx.databaseUrl,
      subgraphs,
      cpu: CPU.underTest,
      extra: { GATEWAY_DEDUPLICATE: String(deduplicate) },
    });
  const servers = {
    hiveRust: await startHiveGateway(env, subgraphs, CPU.underTest, { rustPlanner: true }),
    hive: await startHiveGateway(env, subgraphs, CPU.underTest),
    ours: await ourGateway(false),
    oursDedup: await ourGateway(true),
  };
  try {
    const accountId = await personaAccount(ctx.databaseUrl, BUDI);
    const staff = { authorization: `Bearer ${await ctx.callers.staff()}`, ...STAFF_PURPOSE };
    const niks = personas.people.map((person) => person.nik);
    const url = (leg: Leg) => `http://127.0.0.1:${servers[leg].port}/graphql`;
    const overview = async (leg: Leg): Promise<GraphqlRequest> => ({
      url: url(leg),
      query: MY_OVERVIEW,
      headers: { authorization: `Bearer ${await ctx.callers.participant(accountId, BUDI.nik)}` },
    });
    const staffList = async (leg: Leg): Promise<GraphqlRequest> => ({ url: url(leg), query: STAFF_PEOPLE_LIST, variables: { niks }, headers: staff });
    const queries = {
      MyOverview: { build: overview, ok: (data: PeerAnswer | undefined) => data?.me?.person?.taspen?.thtBalance && data?.me?.person?.bpjsTk?.jhtBalance },
      StaffPeopleList: { build: staffList, ok: (data: PeerAnswer | undefined) => data?.people?.length === niks.length && data.people[0]?.nik === niks[0] },
    };

    const rows: ReportRow[] = [];
    const keys: Record<string, number> = {};
    const details: Record<string, unknown> = { layout: 'gateways on CPU 0 (one loaded at a time); subgraphs and autocannon on CPU 1' };
    const load = { seconds: settings.seconds, connections: settings.connections };
    for (const [name, query] of Object.entries(queries)) {
      for (const leg of LEGS) await checkRequest(await query.build(leg), query.ok, `P2 ${name} via ${leg}`);
      ctx.log(`P2 ${name}: warm-up`);
      for (const leg of LEGS) await runLoad(await query.build(leg), { ...load, seconds: settings.warmupSeconds });
      ctx.log(`P2 ${name}: ${settings.rounds} interleaved rounds of ${settings.seconds} s`);
      const legRun = (leg: Leg) => async () => runLoad(await query.build(leg), { ...load, measure: { gateway: servers[leg].pid } });
      const runs = await interleave<LoadResult>(Object.fromEntries(LEGS.map((leg) => [leg, legRun(leg)])), settings.rounds);
      const of = (leg: Leg, read: (run: LoadResult) => number) => spread(runs[leg].map(read));
      // CPU per request first: on two cores the subgraphs and the load generator bound every leg's req/s.
      for (const leg of LEGS) {
        rows.push(
          {
            scenario: 'P2',
            leg: `${name} ${LEG_NAMES[leg]}`,
            metric: 'gateway CPU ms/req',
            value: formatSpread(
              of(leg, (r) => r.cpuMsPerRequest.gateway),
              3,
            ),
          },
          {
            scenario: 'P2',
            leg: `${name} ${LEG_NAMES[leg]}`,
            metric: 'p50 / p99 ms',
            value: `${of(leg, (r) => r.p50Ms).median} / ${of(leg, (r) => r.p99Ms).median}`,
          },
          { scenario: 'P2', leg: `${name} ${LEG_NAMES[leg]}`, metric: 'req/s', value: formatSpread(of(leg, (r) => r.requestsPerSecond)) },
        );
      }
      const rps = (leg: Leg) => of(leg, (r) => r.requestsPerSecond).median;
      const cpu = (leg: Leg) => of(leg, (r) => r.cpuMsPerRequest.gateway).median;
      const prefix = name === 'MyOverview' ? 'p2' : 'p2_staff';
      keys[`${prefix}_cpu_ours_over_hive_rust`] = ratio(cpu('ours'), cpu('hiveRust'));
      keys[`${prefix}_cpu_ours_over_hive`] = ratio(cpu('ours'), cpu('hive'));
      for (const leg of LEGS) keys[`${prefix}_cpu_ms_${leg}`] = cpu(leg);
      keys[`${prefix}_ours_over_hive_rust`] = ratio(rps('ours'), rps('hiveRust'));
      keys[`${prefix}_p99_hive_rust_ms`] = of('hiveRust', (r) => r.p99Ms).median;
      rows.push(
        { scenario: 'P2', leg: `${name} ours / Hive + Rust`, metric: 'CPU ratio', value: keys[`${prefix}_cpu_ours_over_hive_rust`].toFixed(2) },
        { scenario: 'P2', leg: `${name} ours / Hive`, metric: 'CPU ratio', value: keys[`${prefix}_cpu_ours_over_hive`].toFixed(2) },
      );
      keys[`${prefix}_ours_over_hive`] = ratio(rps('ours'), rps('hive'));
      keys[`${prefix}_ours_dedup_over_hive`] = ratio(rps('oursDedup'), rps('hive'));
      keys[`${prefix}_p99_ours_ms`] = of('ours', (r) => r.p99Ms).median;
      keys[`${prefix}_p99_hive_ms`] = of('hive', (r) => r.p99Ms).median;
      rows.push(
        { scenario: 'P2', leg: `${name} ours / Hive`, metric: 'req/s ratio', value: keys[`${prefix}_ours_over_hive`].toFixed(2) },
        { scenario: 'P2', leg: `${name} ours dedup on / Hive`, metric: 'req/s ratio', value: keys[`${prefix}_ours_dedup_over_hive`].toFixed(2) },
        {
          scenario: 'P2',
          leg: `${name} non-2xx or errors`,
          metric: 'count',
          value: String(
            Object.values(runs)
              .flat()
              .reduce((s, r) => s + r.failures, 0),
          ),
        },
      );
      details[name] = runs;
    }
    for (const leg of LEGS) {
      const rss = peakRssMiB(servers[leg].pid);
      keys[`p2_peak_rss_mib_${leg}`] = Math.round(rss);
      rows.push({ scenario: 'P2', leg: LEG_NAMES[leg], metric: 'peak RSS MiB', value: rss.toFixed(0) });
    }
    return { rows, keys, details };
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  }
}
