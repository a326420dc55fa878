// CORS by allow-list (HUB_CORS_ORIGINS): a browser app on a listed origin may call the gateway with a bearer
// token; any other origin gets no CORS headers, so the browser keeps the answer from it. No cookies are used,
// so credentials are never allowed.
import type { RequestHandler } from 'express';

export const CORS_REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'x-access-purpose',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
];

export function parseOrigins(setting: string): Set<string> {
  return new Set(
    setting
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter(Boolean),
  );
}

export function useCors(allowed: ReadonlySet<string>): RequestHandler {
  return (req, res, next) => {
    const origin = req.header('origin');
    if (!origin || allowed.size === 0) return next();
    res.append('vary', 'Origin');
    if (!allowed.has(origin)) {
      if (req.method === 'OPTIONS') return void res.status(403).end();
      return next();
    }
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', 'x-request-id, x-cache, retry-after');
    if (req.method !== 'OPTIONS') return next();
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', CORS_REQUEST_HEADERS.join(', '));
    res.setHeader('access-control-max-age', '600');
    res.status(204).end();
  };
}
