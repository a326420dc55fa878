// Listening sockets bound before the servers that use them exist: a launcher that runs several services on
// free ports learns every port first, so the configuration it hands out is complete and never changed later.
import type http from 'node:http';
import net from 'node:net';

/** Binds `host:port` (0: a free port). A connection that arrives before a server takes the socket is refused. */
export async function bindSocket(port: number, host: string): Promise<net.Server> {
  const socket = net.createServer((early) => early.destroy());
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.listen(port, host, () => {
      socket.off('error', reject);
      resolve();
    });
  });
  return socket;
}

export const portOf = (socket: net.Server | http.Server): number => (socket.address() as net.AddressInfo).port;

/** Serves `server` on `socket` (bound by bindSocket, handed over) or else on `port` and `host`; returns the port. */
export async function listen(server: http.Server, target: { port: number; host: string; socket?: net.Server }): Promise<number> {
  await new Promise<void>((resolve) => (target.socket ? server.listen(target.socket, resolve) : server.listen(target.port, target.host, resolve)));
  return portOf(server);
}
