// REST endpoints that belong to a subgraph (OAuth token, webhooks, SMS, card PDFs) are passed
// through unchanged: the raw body (signatures are computed over it) and the relevant headers.
import type { Request, RequestHandler } from 'express';
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
