import http from 'node:http';
import { bindSocket, listen, portOf } from './listen';

test('a server serves on a socket bound before it, at the port learnt beforehand', async () => {
  const socket = await bindSocket(0, '127.0.0.1');
  const port = portOf(socket);
  const server = http.createServer((_req, res) => res.end('served'));
  expect(await listen(server, { port: 0, host: '127.0.0.1', socket })).toBe(port);
  expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('served');
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('a connection before any server takes the socket is refused, not left hanging', async () => {
  const socket = await bindSocket(0, '127.0.0.1');
  await expect(fetch(`http://127.0.0.1:${portOf(socket)}/`, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow(/fetch failed/);
  await new Promise((resolve) => socket.close(resolve));
});
