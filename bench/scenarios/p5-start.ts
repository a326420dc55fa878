// P5, start: the one-process hub (`npm start` without its build step: node dist/gateway/src/cli.js start)
// until /ready answers 200 — embedded with a fresh HUB_DATA_DIR (initdb, migrations, personas), embedded
// again on the same directory (warm), and against running services (DATABASE_URL and REDIS_URL, migrated).
// The no-op incremental build `npm start` runs first is timed separately.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, startServer } from '../processes';
import type { BenchContext, ReportRow, ScenarioResult } from '../settings';
import { ROOT } from '../stack';
import { formatSpread, round, spread } from '../stats';

async function timeToReady(ctx: BenchContext, env: NodeJS.ProcessEnv): Promise<number> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const hub = await startServer({
    name: 'npm start',
    command: process.execPath,
    args: [path.join(ROOT, 'dist', 'gateway', 'src', 'cli.js'), 'start'],
    env: { ...env, PORT: String(port) },
    port,
    readyPath: '/ready',
    cwd: ROOT,
    timeoutMs: 180_000,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await hub.stop();
  return seconds;
}

export async function runP5(ctx: BenchContext): Promise<ScenarioResult> {
  const rounds = ctx.settings.quick ? 1 : 3;
  const base = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn' };
  const fresh: number[] = [];
  const warm: number[] = [];
  const real: number[] = [];
  const realUrl = await ctx.env.createDatabase('p5');
  const realEnv = {
    ...base,
    DATABASE_URL: realUrl,
    REDIS_URL: ctx.env.redisUrl,
    REDIS_KEY_PREFIX: `${ctx.env.redisPrefix}p5:`,
    HUB_DATA_DIR: path.join(ctx.env.workDir, 'p5-real'),
  };
  await timeToReady(ctx, realEnv); // migrations and personas once: "running services" are already set up
  for (let round = 0; round < rounds; round++) {
    const dataDir = path.join(ctx.env.workDir, `p5-embedded-${round}`);
    ctx.log(`P5 round ${round + 1}/${rounds}`);
    fresh.push(await timeToReady(ctx, { ...base, HUB_DATA_DIR: dataDir }));
    warm.push(await timeToReady(ctx, { ...base, HUB_DATA_DIR: dataDir }));
    real.push(await timeToReady(ctx, realEnv));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const buildStarted = process.hrtime.bigint();
  const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const buildSeconds = Number(process.hrtime.bigint() - buildStarted) / 1e9;
  const rows: ReportRow[] = [
    { scenario: 'P5', leg: 'embedded, fresh HUB_DATA_DIR', metric: 's to /ready', value: formatSpread(spread(fresh), 2) },
    { scenario: 'P5', leg: 'embedded, warm', metric: 's to /ready', value: formatSpread(spread(warm), 2) },
    { scenario: 'P5', leg: 'real PostgreSQL + Redis', metric: 's to /ready', value: formatSpread(spread(real), 2) },
    { scenario: 'P5', leg: 'npm start build step (no-op tsc)', metric: 's', value: `${buildSeconds.toFixed(2)}${build.status === 0 ? '' : ' (failed)'}` },
  ];
  return {
    rows,
    keys: {
      p5_ready_seconds_embedded: round(spread(fresh).median, 2),
      p5_ready_seconds_embedded_warm: round(spread(warm).median, 2),
      p5_ready_seconds_real: round(spread(real).median, 2),
      p5_build_step_seconds: round(buildSeconds, 2),
    },
    details: { fresh, warm, real },
  };
}
