// A stand-in SMS gateway (SMS_GATEWAY_URL) that records every delivery it receives, with the
// Idempotency-Key the hub sends, and can hold requests to make a fault land mid-delivery.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  key: string | null;
  to: string;
  text: string;
}

export interface FakeSmsGateway {
  url: string;
  received: Received[];
  /** Distinct idempotency keys: what a provider that honours the key delivers. */
  delivered(): Set<string>;
  /** Delays each answer by `ms` (0: answer at once). */
  setDelay(ms: number): void;
  close(): Promise<void>;
}

export async function startFakeSmsGateway(): Promise<FakeSmsGateway> {
  const received: Received[] = [];
  let delay = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { to: string; text: string };
      received.push({ key: (req.headers['idempotency-key'] as string | undefined) ?? null, to: body.to, text: body.text });
      setTimeout(() => {
        res.writeHead(202, { 'content-type': 'application/json' });
        res.end('{"accepted":true}');
      }, delay);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/send`,
    received,
    delivered: () => new Set(received.map((r) => r.key ?? `${r.to}|${r.text}`)),
    setDelay: (ms) => {
      delay = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
