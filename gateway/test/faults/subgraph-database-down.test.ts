// Fault: one subgraph, run alone, loses its database (the connection to PostgreSQL is cut: open connections
// reset, new ones refused) while its process stays up. Its /ready says the database is down (its /health,
// liveness, still answers); the gateway's /ready names that subgraph; once the database is reachable again
// both are ready without a restart. The connection runs through the test's own TCP relay, so the run's
// PostgreSQL server is never touched.
import net from 'node:net';
import { loadConfig } from '#platform/config';
import { migratePlatform } from '#platform/db/platform-schema';
import { createPlatform, type Platform } from '#platform/runtime';
import { runService, type RunningService } from '#platform/service';
import { taspenService } from '../../../subgraphs/taspen/src/service';
import { startGateway, type RunningGateway } from '../../src/server';
import { createTestDatabase, type TestDatabase } from '#platform/testing/test-database';
import { eventually } from '../support/faults';

/** A TCP relay to `target` that can be cut (every connection reset, new ones refused) and restored on its port. */
class Relay {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {});
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async cut(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server!.close(() => resolve()));
    for (const socket of this.sockets) socket.resetAndDestroy();
    await closed;
  }
}

async function readyOf(url: string): Promise<{ status: number; body: { checks: Record<string, string>; down: string[] } }> {
  const response = await fetch(url);
  return {
    status: response.status,
    body: (await response.json()) as { checks: Record<string, string>; down: string[] },
  };
}

let database: TestDatabase;
let relay: Relay;
let platform: Platform;
let service: RunningService;
let gateway: RunningGateway;
let subgraphBase: string;
let gatewayBase: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const direct = new URL(database.url);
  relay = new Relay({ host: direct.hostname, port: Number(direct.port || 5432) });
  await relay.open();
  const relayed = new URL(database.url);
  relayed.hostname = '127.0.0.1';
  relayed.port = String(relay.port);
  const config = loadConfig({
    NODE_ENV: 'test',
    HUB_DATA_DIR: process.env.HUB_TEST_DATA_DIR,
    LOG_LEVEL: process.env.HUB_TEST_LOG_LEVEL ?? 'silent',
    DB_CONNECT_TIMEOUT_MS: '1000',
  });
  // The platform schema is the identity service's to migrate; taspen alone waits for it.
  await migratePlatform(database.url);
  platform = await createPlatform(config, { service: 'taspen', databaseUrl: relayed.toString() });
  service = await runService(taspenService, platform, { port: 0, seed: false });
  gateway = await startGateway({
    platform,
    port: 0,
    host: '127.0.0.1',
    subgraphs: { taspen: service.url },
    checks: {},
  });
  subgraphBase = new URL('/', service.url).toString();
  gatewayBase = `http://127.0.0.1:${gateway.port}/`;
});

afterAll(async () => {
  await gateway?.close();
  await service?.close();
  await platform?.revocations.close();
  await platform?.kv.close();
  await relay?.cut().catch(() => {});
  await database?.drop();
});

test('with its database reachable the subgraph and the gateway are ready', async () => {
  const subgraph = await readyOf(`${subgraphBase}ready`);
  expect(subgraph.status).toBe(200);
  expect(subgraph.body.checks).toEqual({ database: 'up', keyValueStore: 'up' });
  expect((await readyOf(`${gatewayBase}ready`)).body).toMatchObject({ checks: { taspen: 'up' }, down: [] });
});

test('with its database cut off the subgraph is not ready, and the gateway names it; both recover', async () => {
  await relay.cut();
  try {
    expect(await eventually(async () => (await readyOf(`${subgraphBase}ready`)).status === 503)).toBe(true);
    const subgraph = await readyOf(`${subgraphBase}ready`);
    expect(subgraph.body.down).toEqual(['database']);
    expect(subgraph.body.checks.keyValueStore).toBe('up');
    expect((await fetch(`${subgraphBase}health`)).status).toBe(200);
    const atGateway = await readyOf(`${gatewayBase}ready`);
    expect(atGateway.status).toBe(503);
    expect(atGateway.body.down).toEqual(['taspen']);
  } finally {
    await relay.open();
  }
  expect(await eventually(async () => (await readyOf(`${subgraphBase}ready`)).status === 200)).toBe(true);
  expect(await eventually(async () => (await readyOf(`${gatewayBase}ready`)).status === 200)).toBe(true);
});
