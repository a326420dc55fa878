// A test database is dropped only after the test's own connections have gone: a pool's end() resolves
// before its backends have read the goodbye, and a forced drop then would hand those closing clients the
// server's "terminating connection due to administrator command" (57P01) as an unhandled 'error'.
import { Client } from 'pg';
import { createTestDatabase } from './test-database';

test('drop waits for a connection that is still leaving instead of terminating it', async () => {
  const database = await createTestDatabase();
  const client = new Client({ connectionString: database.url });
  const errors: Error[] = [];
  client.on('error', (error) => errors.push(error));
  await client.connect();
  await client.query('select 1');
  // The drop starts while the connection is still open; the connection leaves a moment later.
  const dropped = database.drop();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await client.end();
  await dropped;
  expect(errors.map((error) => error.message)).toEqual([]);
  const admin = new Client({ connectionString: process.env.HUB_TEST_ADMIN_DATABASE_URL });
  await admin.connect();
  const { rows } = await admin.query('select count(*)::int as n from pg_database where datname = $1', [new URL(database.url).pathname.slice(1)]);
  await admin.end();
  expect(rows[0].n).toBe(0);
});
