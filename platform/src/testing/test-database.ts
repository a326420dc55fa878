// A fresh database per test file on the run's PostgreSQL server, dropped afterwards.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.HUB_TEST_ADMIN_DATABASE_URL;
  if (!adminUrl) throw new Error('HUB_TEST_ADMIN_DATABASE_URL is not set: run the tests through jest (globalSetup).');
  const name = `hub_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // A pool's end() resolves when its clients are let go, before their backends have read the goodbye.
        // Forcing the drop then would terminate those backends, and a client still closing would get the
        // server's 57P01 as an unhandled 'error'. Wait (briefly) for the test's own connections to leave.
        for (let waited = 0; waited < 5_000; waited += 50) {
          const { rows } = await client.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
          if (rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
