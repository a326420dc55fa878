// The ORM's connection time limits: lenient while a service starts (a busy machine may take seconds to open
// a PostgreSQL connection, and failing the start for it only makes a restart loop), strict once armed.
import net from 'node:net';
import { createTestDatabase, type TestDatabase } from '#platform/testing/test-database';
import { armTimeouts, initOrm } from './orm';

/** A TCP relay to PostgreSQL that lets every new connection wait `delayMs` before it reaches the server. */
async function slowRelay(target: URL, delayMs: number) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.pause();
    const timer = setTimeout(() => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      sockets.add(upstream);
      client.pipe(upstream).pipe(client);
      client.resume();
      const end = () => (client.destroy(), upstream.destroy());
      client.on('error', end).on('close', end);
      upstream.on('error', end).on('close', end);
    }, delayMs);
    client.on('close', () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.host = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return {
    url: url.toString(),
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

test('a connection slower than connectMs is waited for while starting, and refused once the limits are armed', async () => {
  const relay = await slowRelay(new URL(database.url), 1_200);
  try {
    const orm = await initOrm({
      databaseUrl: relay.url,
      schema: 'public',
      entities: [],
      migrations: [],
      timeouts: { connectMs: 300, acquireMs: 600, statementMs: 2_000 },
    });
    try {
      // Starting: each new connection takes 1.2 s, four times connectMs, and still serves.
      expect(await orm.em.getConnection().execute('select 1 as one')).toEqual([{ one: 1 }]);
      await armTimeouts(orm);
      // Armed: a new connection (the pool was renewed) gives up after connectMs instead of waiting.
      const started = Date.now();
      await expect(orm.em.getConnection().execute('select 1 as one')).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(1_200);
    } finally {
      await orm.close(true);
    }
  } finally {
    await relay.close();
  }
});
