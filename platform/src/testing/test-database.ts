// A fresh database per test file on the run's PostgreSQL server, dropped afterwards.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { otherClientsLeft } from '../db/pool';

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
        // The test's own pools may still be closing; a forced drop under them would cut them off (57P01).
        await otherClientsLeft(client, { database: name });
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
