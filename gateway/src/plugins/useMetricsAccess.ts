// GET /metrics needs `Authorization: Bearer <HUB_METRICS_TOKEN>`. Without a token configured it is open in
// development and refused in production (an operator sets the token for the scraper).
import type { RequestHandler } from 'express';
import { safeEqualHex } from '#platform/http/internal';

export function useMetricsAccess(options: { token?: string; production: boolean }): RequestHandler {
  return (req, res, next) => {
    if (!options.token) {
      if (!options.production) return next();
      res.status(403).json({ error: 'forbidden', message: 'Set HUB_METRICS_TOKEN to scrape /metrics in production.' });
      return;
    }
    const given = /^Bearer\s+(.+)$/i.exec(req.header('authorization') ?? '')?.[1] ?? '';
    if (safeEqualHex(given, options.token)) return next();
    res.setHeader('www-authenticate', 'Bearer realm="metrics"');
    res.status(401).json({ error: 'unauthorized', message: 'GET /metrics needs the metrics bearer token.' });
  };
}
