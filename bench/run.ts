// `npm run bench [-- --only p1,p2] [--quick]`: the side-by-side benchmark suite. Prints a table and writes
// bench/results/<date>.json. Real PostgreSQL and Redis when DATABASE_URL / REDIS_URL are set (a fresh
// database, dropped afterwards; Redis database BENCH_REDIS_DB, default 11, keys under a run prefix),
// otherwise an embedded PostgreSQL. Servers under test run with NODE_ENV=production on CPU 0, this process
// (autocannon) and the supporting subgraphs on CPU 1 (see bench/README.md).
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedGeneratedPeople } from '#domain/seed/run-seed';
import { SERVICES as SEED_SERVICES } from '../gateway/src/seed-command';
import { createCallers } from './callers';
import { createBenchEnvironment } from './environment';
import { CPU, hasTaskset, pinSelf } from './processes';
import { runP1 } from './scenarios/p1-overhead';
import { runP2 } from './scenarios/p2-peer';
import { runP3 } from './scenarios/p3-statements';
import { runP4 } from './scenarios/p4-scale';
import { runP5 } from './scenarios/p5-start';
import { runP6 } from './scenarios/p6-mix';
import { benchSettings, type BenchContext, type ReportRow, type ScenarioResult } from './settings';
import { ROOT, startSubgraphs } from './stack';

const SCENARIOS = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'] as const;
type Scenario = (typeof SCENARIOS)[number];

function parseArguments(args: string[]): { only: Scenario[]; quick: boolean } {
  let only: Scenario[] = [...SCENARIOS];
  let quick = false;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split('=', 2);
    if (flag === '--quick') quick = true;
    else if (flag === '--only') {
      const names = (inline ?? args[++i] ?? '')
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean);
      const unknown = names.filter((name) => !SCENARIOS.includes(name as Scenario));
      if (!names.length || unknown.length) throw new Error(`--only takes a comma-separated list of ${SCENARIOS.join(', ')}`);
      only = names as Scenario[];
    } else throw new Error(`Usage: npm run bench -- [--only p1,p2,…] [--quick] (unknown "${args[i]}")`);
  }
  return { only, quick };
}

function printTable(rows: ReportRow[]): void {
  const widths = [8, 0, 0, 0];
  const cells = rows.map((row) => [row.scenario, row.leg, row.metric, row.value]);
  for (const line of [['scenario', 'leg', 'metric', 'value'], ...cells]) line.forEach((cell, i) => (widths[i] = Math.max(widths[i], cell.length)));
  const format = (line: string[]) => line.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  process.stdout.write(`\n${format(['scenario', 'leg', 'metric', 'value'])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const line of cells) process.stdout.write(`${format(line)}\n`);
}

async function main() {
  const { only, quick } = parseArguments(process.argv.slice(2));
  const settings = benchSettings(quick);
  const pinned = pinSelf(CPU.support);
  const started = Date.now();
  const log = (line: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
  log(
    `bench ${only.join(',')}${quick ? ' (quick)' : ''}; taskset ${hasTaskset ? `yes, load generator pinned to CPU ${CPU.support}: ${pinned}` : 'not available: nothing pinned'}`,
  );

  const env = await createBenchEnvironment();
  const results: Array<ScenarioResult & { name: Scenario }> = [];
  const failures: Record<string, string> = {};
  let stopSupport: (() => Promise<unknown>) | undefined;
  /** Runs a scenario named in --only, keeping its result, or its failure when it throws (the others still run). */
  const runScenario = async (name: Scenario, scenario: () => Promise<ScenarioResult>) => {
    if (!only.includes(name)) return;
    log(`${name.toUpperCase()} start`);
    try {
      results.push({ name, ...(await scenario()) });
    } catch (error) {
      failures[name] = String((error as Error)?.stack ?? error);
      log(`${name.toUpperCase()} failed: ${failures[name]}`);
    }
  };
  try {
    log(
      `database: ${env.real ? 'real PostgreSQL (DATABASE_URL)' : 'embedded PostgreSQL'}; key-value store: ${env.redisUrl ? `Redis ${new URL(env.redisUrl).pathname}` : 'in-process (each server its own)'}`,
    );
    const databaseUrl = await env.createDatabase('main');
    const ctx: BenchContext = { env, settings, callers: await createCallers(env), databaseUrl, log };
    const needsServers = only.some((name) => name === 'p1' || name === 'p2' || name === 'p4' || name === 'p6');
    if (needsServers) {
      const support = await startSubgraphs(env, databaseUrl, CPU.support);
      stopSupport = support.stop;
      log(`subgraphs up on CPU ${CPU.support}; seeding ${settings.smallPeople.toLocaleString('en-US')} generated people`);
      const seeded = await seedGeneratedPeople(databaseUrl, SEED_SERVICES, { people: settings.smallPeople });
      log(`seeded in ${seeded.seconds.toFixed(1)} s`);
      await runScenario('p1', () => runP1(ctx, support.urls));
      await runScenario('p2', () => runP2(ctx, support.urls));
      await runScenario('p6', () => runP6(ctx, support.urls));
      await support.stop();
      stopSupport = undefined;
    }
    await runScenario('p3', () => runP3(ctx));
    await runScenario('p4', () => runP4(ctx, { seedDeadlineSeconds: quick ? 120 : 720 }));
    await runScenario('p5', () => runP5(ctx));
  } finally {
    await stopSupport?.().catch(() => {});
    await env.close().catch((error) => log(`cleanup: ${error}`));
  }

  const rows = results.flatMap((result) => result.rows);
  const keys = Object.assign({}, ...results.map((result) => result.keys)) as Record<string, number>;
  printTable(rows);
  const stamp = new Date().toISOString().replace(/:/g, '-').replace(/\..+$/, '');
  const file = path.join(ROOT, 'bench', 'results', `${stamp}${quick ? '-quick' : ''}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        quick,
        only,
        machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadAverage: os.loadavg(), node: process.version, taskset: hasTaskset },
        database: env.real ? 'real' : 'embedded',
        redis: Boolean(env.redisUrl),
        settings,
        ...keys,
        rows,
        failures,
        details: Object.fromEntries(results.map((result) => [result.name, result.details])),
      },
      null,
      2,
    )}\n`,
  );
  log(`results written to ${path.relative(ROOT, file)} (${((Date.now() - started) / 60_000).toFixed(1)} min)`);
  if (Object.keys(failures).length) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
