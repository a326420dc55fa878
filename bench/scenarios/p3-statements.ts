// P3, SQL statements per request: a staff list of 10 people and of 100 through the whole hub in this
// process, every statement counted at the pg client (the technique of gateway/test/e2e/sql-statements).
import { randomUUID } from 'node:crypto';
import { loadConfig } from '#platform/config';
import { generatePeople } from '#domain/seed/generator';
import { seedGeneratedPeople } from '#domain/seed/run-seed';
import { startHub } from '../../gateway/src/hub';
import { SERVICES } from '../../gateway/src/seed-command';
import { countStatements } from '../../gateway/test/support/sql-count';
import { STAFF_PURPOSE } from '../callers';
import { STAFF_PEOPLE_LIST } from './p2-peer';
import type { BenchContext, ScenarioResult } from '../settings';

/** Statements per PostgreSQL schema they touch (identity, taspen, bpjstk, platform). */
const bySchema = (statements: string[]) => {
  const counts: Record<string, number> = {};
  for (const sql of statements) {
    const schema = /"?(identity|taspen|bpjstk|platform)"?\./.exec(sql)?.[1] ?? 'other';
    counts[schema] = (counts[schema] ?? 0) + 1;
  }
  return counts;
};

export async function runP3(ctx: BenchContext): Promise<ScenarioResult> {
  const databaseUrl = await ctx.env.createDatabase('p3');
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    HUB_DATA_DIR: `${ctx.env.workDir}/p3`,
    HUB_SIGNING_KEYS: JSON.stringify(ctx.env.signingKeys),
    REDIS_URL: ctx.env.redisUrl,
    REDIS_KEY_PREFIX: `${ctx.env.redisPrefix}p3:${randomUUID().slice(0, 6)}:`,
    OUTBOX_POLL_MS: '3600000',
  });
  const hub = await startHub({ config, databaseUrl, port: 0 });
  try {
    await seedGeneratedPeople(databaseUrl, SERVICES, { people: 100 });
    const niks = [...generatePeople(100)].flat().map((person) => person.nik);
    const token = await ctx.callers.staff();
    const read = async (count: number) => {
      const response = await fetch(`http://127.0.0.1:${hub.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...STAFF_PURPOSE },
        body: JSON.stringify({ query: STAFF_PEOPLE_LIST, variables: { niks: niks.slice(0, count) } }),
      });
      const body = (await response.json()) as { data?: { people: unknown[] }; errors?: unknown[] };
      if (body.errors?.length || body.data?.people.length !== count) throw new Error(`P3: unexpected answer ${JSON.stringify(body).slice(0, 400)}`);
    };
    await read(10); // first-use work (metadata, connections) is not counted
    const { statements: ten } = await countStatements(() => read(10));
    const { statements: hundred } = await countStatements(() => read(100));
    return {
      rows: [
        { scenario: 'P3', leg: 'staff list of 10', metric: 'SQL statements', value: `${ten.length} ${JSON.stringify(bySchema(ten))}` },
        { scenario: 'P3', leg: 'staff list of 100', metric: 'SQL statements', value: `${hundred.length} ${JSON.stringify(bySchema(hundred))}` },
      ],
      keys: { p3_statements_10: ten.length, p3_statements_100: hundred.length },
      details: { ten, hundred },
    };
  } finally {
    await hub.close();
  }
}
