import type { AddressInfo } from 'node:net';
import http from 'node:http';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { jsonBody } from './json-body';

// The same request against jsonBody and against express.json must end the same: the parsed body, or the status.
let server: http.Server;
let base: string;

beforeAll(async () => {
  const app = express();
  const echo: RequestHandler = (req, res) => void res.json({ body: req.body === undefined ? 'undefined' : req.body });
  const errors: ErrorRequestHandler = (error: { status?: number }, _req, res, _next) => void res.status(error.status ?? 500).json({ error: true });
  app.post('/lean', jsonBody(64), echo);
  app.post('/general', express.json({ limit: 64 }), echo);
  app.use(errors);
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function both(body: string | Buffer, contentType = 'application/json') {
  const send = async (path: string) => {
    const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: response.status, body: await response.text() };
  };
  return { lean: await send('/lean'), general: await send('/general') };
}

test.each([
  ['an object', '{"query":"{ me { id } }","variables":{"a":1}}'],
  ['an array', '[{"query":"{ a }"}]'],
  ['leading whitespace', '  \n {"query":"{ a }"}'],
  ['a byte-order mark', '\uFEFF{"query":"{ a }"}'],
  ['a JSON string', '"{ a }"'],
  ['a number', '1'],
  ['broken JSON', '{"query":'],
  ['whitespace only', '   '],
  ['no body', ''],
  ['a body over the limit', JSON.stringify({ query: 'x'.repeat(100) })],
])('%s', async (_what, body) => {
  const { lean, general } = await both(body);
  expect(lean).toEqual(general);
});

test.each([
  ['charset=utf-8', 'application/json; charset=utf-8'],
  ['an upper-case type', 'Application/JSON'],
  ['another charset', 'application/json; charset=latin1'],
  ['another type', 'text/plain'],
])('%s', async (_what, contentType) => {
  const { lean, general } = await both('{"query":"{ a }"}', contentType);
  expect(lean).toEqual(general);
});
