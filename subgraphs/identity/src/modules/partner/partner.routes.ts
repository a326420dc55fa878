// POST /oauth/token (the gateway passes the raw body and headers through): RFC 6749 4.4, the
// client credentials as form fields or HTTP Basic (RFC 6749 2.3.1: form-urlencoded id and secret).
import express, { type Express, type Request, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Platform } from '#platform/runtime';
import { clientCredentialsGrant } from './partner.service';

function basicCredentials(header: string | undefined): { clientId: string; clientSecret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  try {
    return {
      clientId: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')),
      clientSecret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')),
    };
  } catch {
    return null;
  }
}

const field = (body: unknown, name: string): string | undefined => {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
};

const FAILURE_WINDOW_SECONDS = 15 * 60;

/** Wrong secrets are counted per client id and per client address; past either budget, 429 before any check. */
function failureBudget(platform: Platform, req: Request, clientId: string | undefined) {
  const address = (req as Request & { clientAddress?: string }).clientAddress ?? 'unknown';
  const keys = [
    { key: `oauth:failures:ip:${address}`, limit: platform.config.OAUTH_FAILURES_PER_IP },
    ...(clientId ? [{ key: `oauth:failures:client:${clientId.slice(0, 100)}`, limit: platform.config.OAUTH_FAILURES_PER_CLIENT }] : []),
  ];
  return {
    async exhausted(): Promise<number | null> {
      for (const { key, limit } of keys) {
        if (Number((await platform.kv.get(key)) ?? 0) >= limit) return Math.max(1, await platform.kv.ttl(key));
      }
      return null;
    },
    async fail(): Promise<void> {
      await Promise.all(keys.map(({ key }) => platform.kv.increment(key, FAILURE_WINDOW_SECONDS)));
    },
  };
}

export function mountPartnerRoutes(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
  app.post('/oauth/token', express.urlencoded({ extended: false, limit: '16kb' }), async (req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-store');
    res.setHeader('pragma', 'no-cache');
    if (!req.is('application/x-www-form-urlencoded')) {
      res.status(400).json({ error: 'invalid_request', error_description: 'Send application/x-www-form-urlencoded.' });
      return;
    }
    const basic = basicCredentials(req.header('authorization'));
    const usedBasic = /^Basic\s/i.test(req.header('authorization') ?? '');
    const formId = field(req.body, 'client_id');
    const formSecret = field(req.body, 'client_secret');
    if (basic && formSecret !== undefined) {
      res.status(400).json({ error: 'invalid_request', error_description: 'Use one client authentication method, not two.' });
      return;
    }
    const budget = failureBudget(deps.platform, req, basic?.clientId ?? formId);
    try {
      const retryAfter = await budget.exhausted();
      if (retryAfter !== null) {
        res.setHeader('retry-after', String(retryAfter));
        res.status(429).json({ error: 'invalid_request', error_description: `Too many failed attempts. Try again in ${retryAfter} seconds.` });
        return;
      }
      const grant = await clientCredentialsGrant(deps.orm.em.fork(), deps.platform.issuer, {
        grantType: field(req.body, 'grant_type'),
        clientId: basic?.clientId ?? formId,
        clientSecret: basic?.clientSecret ?? formSecret,
        scope: field(req.body, 'scope'),
      });
      if (grant.ok) {
        res.status(200).json(grant.body);
        return;
      }
      if (grant.error === 'invalid_client') await budget.fail();
      if (grant.error === 'invalid_client' && usedBasic) res.setHeader('www-authenticate', 'Basic realm="participant-graph-hub"');
      res.status(grant.status).json({ error: grant.error, error_description: grant.description });
    } catch (error) {
      deps.platform.log.error({ requestId: req.header('x-request-id'), error }, 'token endpoint failed');
      res.status(500).json({ error: 'server_error' });
    }
  });
  app.all('/oauth/token', (_req: Request, res: Response) => {
    res.setHeader('allow', 'POST');
    res.status(405).json({ error: 'invalid_request', error_description: 'Use POST.' });
  });
}
