// REST endpoints that belong to a subgraph (OAuth token, webhooks, SMS, card PDFs) are passed
// through unchanged: the raw body (signatures are computed over it) and the relevant headers.
import type { Express, Request, RequestHandler } from 'express';
import express from 'express';

const PASSED_REQUEST_HEADERS = ['content-type', 'authorization', 'x-hub-signature', 'accept', 'x-request-id', 'x-access-purpose'];
const PASSED_RESPONSE_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'www-authenticate', 'retry-after'];

export function proxyTo(baseUrl: () => string | undefined, limit = '1mb', gatewayKey?: string): RequestHandler[] {
  return [
    express.raw({ type: () => true, limit }),
    async (req, res) => {
      const base = baseUrl();
      if (!base) {
        res.status(503).json({ error: 'service_unavailable' });
        return;
      }
      const headers = new Headers();
      for (const name of PASSED_REQUEST_HEADERS) {
        const value = req.header(name);
        if (value) headers.set(name, value);
      }
      headers.set('x-forwarded-for', req.ip ?? '');
      if (gatewayKey) headers.set('x-hub-gateway-key', gatewayKey);
      headers.set('x-request-id', (req as Request & { requestId?: string }).requestId ?? '');
      try {
        const upstream = await fetch(new URL(req.originalUrl, base), {
          method: req.method,
          headers,
          body: ['GET', 'HEAD'].includes(req.method) || !Buffer.isBuffer(req.body) ? undefined : req.body,
          signal: AbortSignal.timeout(10_000),
        });
        res.status(upstream.status);
        for (const name of PASSED_RESPONSE_HEADERS) {
          const value = upstream.headers.get(name);
          if (value) res.setHeader(name, value);
        }
        res.send(Buffer.from(await upstream.arrayBuffer()));
      } catch {
        res.status(503).json({ error: 'service_unavailable' });
      }
    },
  ];
}

const baseOf = (graphqlUrl: string | undefined) => (graphqlUrl ? new URL('/', graphqlUrl).toString() : undefined);

/** The contract's REST endpoints, each passed to the subgraph that owns it. */
export function mountRestProxies(app: Express, subgraphs: Record<string, string>, gatewayKey: string): void {
  const identity = () => baseOf(subgraphs.identity);
  const taspen = () => baseOf(subgraphs.taspen);
  const bpjstk = () => baseOf(subgraphs.bpjstk);
  app.post('/oauth/token', ...proxyTo(identity, '16kb', gatewayKey));
  app.all('/oauth/token', (_req, res) => {
    res.setHeader('allow', 'POST');
    res.status(405).json({ error: 'invalid_request', error_description: 'Use POST.' });
  });
  app.post('/webhooks/payments', ...proxyTo(bpjstk, '64kb', gatewayKey));
  app.post('/channels/sms/inbound', ...proxyTo(bpjstk, '16kb', gatewayKey));
  app.get('/cards/taspen/*path', ...proxyTo(taspen, undefined, gatewayKey));
  app.get('/cards/bpjstk/*path', ...proxyTo(bpjstk, undefined, gatewayKey));
}
