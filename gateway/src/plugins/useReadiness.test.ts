import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { useReadiness } from './useReadiness';

async function serve(app: http.RequestListener) {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

test('/ready is 503 naming what is down, 200 when everything answers; /health always answers', async () => {
  let subgraphUp = true;
  const asked: string[] = [];
  const subgraph = await serve((req, res) => {
    asked.push(req.url ?? '');
    res.statusCode = subgraphUp ? 200 : 503;
    res.end('{}');
  });
  const app = express();
  app.use(useReadiness({ checks: { database: async () => {}, keyValueStore: async () => {} }, subgraphs: { taspen: `${subgraph.url}/graphql` } }));
  const gateway = await serve(app);
  try {
    const ready = await fetch(`${gateway.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'up', keyValueStore: 'up', taspen: 'up' }, down: [] });
    subgraphUp = false;
    const down = await fetch(`${gateway.url}/ready`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'unavailable', down: ['taspen'] });
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
    // The subgraph's own readiness is asked, not its liveness.
    expect(new Set(asked)).toEqual(new Set(['/ready']));
  } finally {
    await gateway.close();
    await subgraph.close();
  }
});
