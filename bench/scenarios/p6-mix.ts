// P6, mixed load: the soak's read operations in the soak's proportions (MyOverview 25, Person for staff 15,
// VerifyCard 10, NearestBranchOffices 10, BpjsTkPrograms 5, TaspenSubmissionRequirements 5) through our
// gateway. First the maximum throughput (closed loop, 16 connections), then a fixed rate of 80% of it for
// two minutes (autocannon's overallRate), reporting p50, p99 and errors. The soak's writes (registrations,
// uploads, bookings) are left to the soak: at these rates they would run into the per-person rate limits.
import { personas } from '#domain/seed/personas';
import { BUDI, STAFF_PURPOSE, personaAccount } from '../callers';
import { checkRequest, requestBody } from '../load';
import { CPU, cpuMs } from '../processes';
import type { BenchContext, ScenarioResult } from '../settings';
import { startOurGateway, type SubgraphUrls } from '../stack';
import { ratio, round } from '../stats';

const OVERVIEW = `query MyOverview { me { id person { nik fullName
  taspen { nip status card { number issuedAt verificationCode } thtBalance { amount asOf } submissions(first: 10) { totalCount nodes { id status trackingCode } } }
  bpjsTk { kpj status card { number } jhtBalance { total asOf } claims(first: 10) { totalCount nodes { id status } } queueTickets { id status } } } } }`;
const PERSON = `query Person($nik: String!) { person(nik: $nik) { nik fullName taspen { nip status } bpjsTk { kpj status } } }`;
const VERIFY_CARD = `query VerifyCard($code: String!) { verifyCard(code: $code) { valid agency cardNumber holderName } }`;
const BRANCHES = `query NearestBranchOffices($lat: Float!, $lon: Float!) { branchOffices(near: { latitude: $lat, longitude: $lon }, first: 3) { id name distanceKm } }`;
const PROGRAMS = `query BpjsTkPrograms { bpjsTkPrograms { code name } }`;
const REQUIREMENTS = `query TaspenSubmissionRequirements($nip: String!) { taspenSubmissionRequirements(type: KPT, nip: $nip) { documents { kind required } } }`;

/** Shares of the maximum throughput the mix is also held at, after the 80% leg the target is about. */
const LIGHTER_LOADS = [0.5, 0.65] as const;

interface MixEntry {
  weight: number;
  body: () => string;
  headers: Record<string, string>;
}

// autocannon 9 ships no types; only what is used here is declared.
interface AutocannonResult {
  latency: { p50: number; p99: number };
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  '2xx': number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

async function runMix(url: string, mix: MixEntry[], options: { seconds: number; connections: number; rate?: number; gatewayPid: number }) {
  const total = mix.reduce((sum, entry) => sum + entry.weight, 0);
  const pickEntry = () => {
    let r = Math.random() * total;
    for (const entry of mix) if ((r -= entry.weight) < 0) return entry;
    return mix[mix.length - 1];
  };
  const cpuBefore = cpuMs(options.gatewayPid);
  const result = await autocannon({
    url,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    ...(options.rate ? { overallRate: options.rate } : {}),
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => {
          const entry = pickEntry();
          return { ...req, headers: { 'content-type': 'application/json', ...entry.headers }, body: entry.body() };
        },
      },
    ],
  });
  const ok = result['2xx'];
  return {
    requestsPerSecond: ok / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    gatewayCpuMsPerRequest: ok ? (cpuMs(options.gatewayPid) - cpuBefore) / ok : Number.NaN,
  };
}

/** The overview answer as the scenario reads it: the card's verification code and the NIP for the later requests. */
interface OverviewAnswer {
  me?: { person?: { taspen?: { nip: string; card?: { verificationCode: string } } } };
}
export async function runP6(ctx: BenchContext, subgraphs: SubgraphUrls): Promise<ScenarioResult> {
  const { env, settings } = ctx;
  const gateway = await startOurGateway(env, { name: 'gateway-p6', databaseUrl: ctx.databaseUrl, subgraphs, cpu: CPU.underTest });
  try {
    const url = `http://127.0.0.1:${gateway.port}/graphql`;
    const accountId = await personaAccount(ctx.databaseUrl, BUDI);
    const budi = { authorization: `Bearer ${await ctx.callers.participant(accountId, BUDI.nik)}` };
    const staff = { authorization: `Bearer ${await ctx.callers.staff()}`, ...STAFF_PURPOSE };
    const overview = await checkRequest<OverviewAnswer>({ url, query: OVERVIEW, headers: budi }, (d) => d?.me?.person?.taspen?.card, 'P6 MyOverview');
    const { card, nip } = overview.me!.person!.taspen!;
    const code = card!.verificationCode;
    const niks = personas.people.map((p) => p.nik);
    let serial = 0;
    const body =
      (query: string, variables: () => Record<string, unknown> = () => ({})) =>
      () =>
        requestBody({ url, query, variables: variables() });
    const mix: MixEntry[] = [
      { weight: 25, headers: budi, body: body(OVERVIEW) },
      { weight: 15, headers: staff, body: body(PERSON, () => ({ nik: niks[serial++ % niks.length] })) },
      { weight: 10, headers: {}, body: body(VERIFY_CARD, () => ({ code })) },
      { weight: 10, headers: {}, body: body(BRANCHES, () => ({ lat: -6.2 + Math.random(), lon: 106.8 + Math.random() })) },
      { weight: 5, headers: {}, body: body(PROGRAMS) },
      { weight: 5, headers: budi, body: body(REQUIREMENTS, () => ({ nip })) },
    ];
    await checkRequest(
      { url, query: PERSON, variables: { nik: niks[0] }, headers: staff },
      (d: { person?: { nik?: string } | null } | undefined) => d?.person?.nik === niks[0],
      'P6 Person',
    );
    await checkRequest(
      { url, query: VERIFY_CARD, variables: { code } },
      (d: { verifyCard?: { valid?: boolean } | null } | undefined) => d?.verifyCard?.valid === true,
      'P6 VerifyCard',
    );
    await checkRequest(
      { url, query: REQUIREMENTS, variables: { nip }, headers: budi },
      (d: { taspenSubmissionRequirements?: unknown } | undefined) => d?.taspenSubmissionRequirements,
      'P6 requirements',
    );

    ctx.log('P6 warm-up and maximum throughput');
    await runMix(url, mix, { seconds: settings.warmupSeconds, connections: settings.connections, gatewayPid: gateway.pid });
    const max = await runMix(url, mix, { seconds: settings.seconds * 2, connections: settings.connections, gatewayPid: gateway.pid });
    const rate = Math.max(1, Math.floor(max.requestsPerSecond * 0.8));
    const seconds = settings.quick ? 20 : 120;
    ctx.log(`P6 ${rate} req/s (80% of ${max.requestsPerSecond.toFixed(0)}) for ${seconds} s`);
    const held = await runMix(url, mix, { seconds, connections: settings.connections * 2, rate, gatewayPid: gateway.pid });
    const p99OverP50 = ratio(held.p99Ms, held.p50Ms);
    // The same mix at lighter loads, shorter: how much of the tail is queueing. At light load p99 / p50 is the
    // mix's own spread of costs; as the load grows, waiting for a busy CPU takes over, and with random arrivals
    // its tail is exponential-like (p99 / p50 = ln 100 / ln 2 ≈ 6.6 for an exponential). The ratios at 50% and
    // 65% tell the two apart.
    const lighter: Record<string, Awaited<ReturnType<typeof runMix>>> = {};
    for (const share of LIGHTER_LOADS) {
      const lightRate = Math.max(1, Math.floor(max.requestsPerSecond * share));
      ctx.log(`P6 ${lightRate} req/s (${share * 100}% of the maximum) for ${seconds / 2} s`);
      lighter[share] = await runMix(url, mix, { seconds: seconds / 2, connections: settings.connections * 2, rate: lightRate, gatewayPid: gateway.pid });
    }
    return {
      rows: [
        { scenario: 'P6', leg: 'soak read mix, closed loop', metric: 'max req/s', value: max.requestsPerSecond.toFixed(1) },
        { scenario: 'P6', leg: `at ${rate} req/s (80%) for ${seconds} s`, metric: 'achieved req/s', value: held.requestsPerSecond.toFixed(1) },
        { scenario: 'P6', leg: `at ${rate} req/s (80%) for ${seconds} s`, metric: 'p50 / p99 ms', value: `${held.p50Ms} / ${held.p99Ms}` },
        { scenario: 'P6', leg: `at ${rate} req/s (80%) for ${seconds} s`, metric: 'p99 / p50', value: p99OverP50.toFixed(2) },
        { scenario: 'P6', leg: `at ${rate} req/s (80%) for ${seconds} s`, metric: 'gateway CPU ms/req', value: held.gatewayCpuMsPerRequest.toFixed(3) },
        ...LIGHTER_LOADS.map((share) => ({
          scenario: 'P6',
          leg: `at ${share * 100}% for ${seconds / 2} s`,
          metric: 'p50 / p99 ms (p99 / p50)',
          value: `${lighter[share].p50Ms} / ${lighter[share].p99Ms} (${ratio(lighter[share].p99Ms, lighter[share].p50Ms).toFixed(2)})`,
        })),
        {
          scenario: 'P6',
          leg: 'non-2xx or errors',
          metric: 'count',
          value: String(max.failures + held.failures + LIGHTER_LOADS.reduce((sum, share) => sum + lighter[share].failures, 0)),
        },
      ],
      keys: {
        p6_max_rps: round(max.requestsPerSecond, 1),
        p6_rate: rate,
        p6_achieved_rps: round(held.requestsPerSecond, 1),
        p6_p50_ms: held.p50Ms,
        p6_p99_ms: held.p99Ms,
        p6_p99_over_p50: p99OverP50,
        p6_errors: held.failures,
        p6_errors_at_max: max.failures,
        ...Object.fromEntries(LIGHTER_LOADS.map((share) => [`p6_p99_over_p50_at_${share * 100}pct`, ratio(lighter[share].p99Ms, lighter[share].p50Ms)])),
        p6_errors_lighter: LIGHTER_LOADS.reduce((sum, share) => sum + lighter[share].failures, 0),
      },
      details: { max, held, lighter, weights: mix.map((entry) => entry.weight) },
    };
  } finally {
    await gateway.stop();
  }
}
