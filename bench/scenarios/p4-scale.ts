// P4, scale: `person(nik)` p50 latency (one connection, random NIKs) with the small seeded population vs
// the large one, each behind its own subgraphs and gateway, interleaved; and the time to seed the large one.
// Seeding stops at a deadline so the whole run stays bounded: the 1M time is then extrapolated from the
// measured rate and the latency is measured at the size reached (both stated in the report).
import { Client } from 'pg';
import { seedGeneratedPeople } from '#domain/seed/run-seed';
import { SERVICES as SEED_SERVICES } from '../../gateway/src/seed-command';
import { STAFF_PURPOSE } from '../callers';
import { checkRequest, runLoad, type LoadResult } from '../load';
import { CPU } from '../processes';
import type { BenchContext, ScenarioResult } from '../settings';
import { startOurGateway, startSubgraphs } from '../stack';
import { formatSpread, interleave, ratio, round, spread } from '../stats';

export const PERSON = `query Person($nik: String!) {
  person(nik: $nik) {
    nik fullName birthDate
    taspen { nip employer status }
    bpjsTk { kpj membership status }
  }
}`;

async function sampleNiks(databaseUrl: string, count: number): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ nik: string }>(`select nik from identity.person order by random() limit $1`, [count]);
    return result.rows.map((row) => row.nik);
  } finally {
    await client.end();
  }
}

async function countPeople(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query(`select count(*) from identity.person`)).rows[0].count);
  } finally {
    await client.end();
  }
}

export interface P4Options {
  /** Seconds the large seed may take before it is stopped (the run stays bounded). */
  seedDeadlineSeconds: number;
}

export async function runP4(ctx: BenchContext, options: P4Options): Promise<ScenarioResult> {
  const { env, settings } = ctx;
  const target = settings.largePeople;
  const largeUrl = await env.createDatabase('p4');
  // Migrations and personas: the subgraphs apply them on start; then the timed seed of generated people.
  const large = await startSubgraphs(env, largeUrl, CPU.support);
  ctx.log(`P4 seeding ${target.toLocaleString('en-US')} people (deadline ${options.seedDeadlineSeconds} s)`);
  const started = Date.now();
  const deadline = started + options.seedDeadlineSeconds * 1000;
  // One pass with a deadline between batches (the generator's sequence must start at 0 for every call).
  const seeded = await seedGeneratedPeople(largeUrl, SEED_SERVICES, {
    people: target,
    batchSize: 5_000,
    connections: 2,
    deadline,
    progress: (line) => /^seeded [\d,]*00,000 /.test(line) && ctx.log(`P4 ${line}`),
  });
  const reached = seeded.people;
  const seedSeconds = (Date.now() - started) / 1000;
  const perPerson = seedSeconds / reached;
  const seed1m = reached >= 1_000_000 ? seedSeconds : perPerson * 1_000_000;

  const small = await startSubgraphs(env, ctx.databaseUrl, CPU.support);
  const gateways = {
    small: await startOurGateway(env, { name: 'gateway-small', databaseUrl: ctx.databaseUrl, subgraphs: small.urls, cpu: CPU.underTest }),
    large: await startOurGateway(env, { name: 'gateway-large', databaseUrl: largeUrl, subgraphs: large.urls, cpu: CPU.underTest }),
  };
  try {
    const headers = { authorization: `Bearer ${await ctx.callers.staff()}`, ...STAFF_PURPOSE };
    const sizes = { small: await countPeople(ctx.databaseUrl), large: await countPeople(largeUrl) };
    const niks = { small: await sampleNiks(ctx.databaseUrl, 500), large: await sampleNiks(largeUrl, 500) };
    const request = (leg: 'small' | 'large') => ({
      url: `http://127.0.0.1:${gateways[leg].port}/graphql`,
      query: PERSON,
      variables: { nik: niks[leg][0] },
      headers,
    });
    for (const leg of ['small', 'large'] as const) {
      await checkRequest(request(leg), (data: { person?: { nik?: string } | null } | undefined) => data?.person?.nik === niks[leg][0], `P4 ${leg}`);
      await runLoad(request(leg), { seconds: settings.warmupSeconds, connections: 1, variants: niks[leg].map((nik) => ({ nik })) });
    }
    const leg = (name: 'small' | 'large') => () =>
      runLoad(request(name), { seconds: settings.seconds, connections: 1, variants: niks[name].map((nik) => ({ nik })) });
    ctx.log(`P4 latency: ${settings.rounds} interleaved rounds of ${settings.seconds} s, one connection`);
    const runs = await interleave<LoadResult>({ small: leg('small'), large: leg('large') }, settings.rounds);
    const p50 = (name: 'small' | 'large') => spread(runs[name].map((run) => run.p50Ms));
    const label = (n: number) => n.toLocaleString('en-US');
    return {
      rows: [
        { scenario: 'P4', leg: `person(nik) with ${label(sizes.small)} people`, metric: 'p50 ms', value: formatSpread(p50('small'), 2) },
        { scenario: 'P4', leg: `person(nik) with ${label(sizes.large)} people`, metric: 'p50 ms', value: formatSpread(p50('large'), 2) },
        { scenario: 'P4', leg: 'large / small', metric: 'ratio', value: ratio(p50('large').median, p50('small').median).toFixed(2) },
        ...(reached >= 1_000_000 ? [] : [{ scenario: 'P4', leg: `seed ${label(reached)} people`, metric: 'seconds', value: seedSeconds.toFixed(1) }]),
        {
          scenario: 'P4',
          leg: 'seed 1,000,000 people',
          metric: 'seconds',
          value: reached >= 1_000_000 ? seed1m.toFixed(1) : `${seed1m.toFixed(0)} (extrapolated from ${label(reached)})`,
        },
      ],
      keys: {
        p4_p50_1m_over_10k: ratio(p50('large').median, p50('small').median),
        p4_p50_small_ms: p50('small').median,
        p4_p50_large_ms: p50('large').median,
        p4_people_small: sizes.small,
        p4_people_large: sizes.large,
        p4_seed_1m_seconds: round(seed1m, 1),
        p4_seed_1m_extrapolated: reached >= 1_000_000 ? 0 : 1,
        p4_seed_people_per_second: round(reached / seedSeconds, 0),
      },
      details: { runs, seedSeconds, reached },
    };
  } finally {
    await Promise.all(Object.values(gateways).map((gateway) => gateway.stop()));
    await small.stop();
    await large.stop();
  }
}
