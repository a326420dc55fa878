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
    return { clientId: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')), clientSecret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')) };
  } catch {
    return null;
  }
}

const field = (body: unknown, name: string): string | undefined => {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
};

export function mountTokenRoute(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
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
    try {
      const grant = await clientCredentialsGrant(deps.orm.em.fork() as never, deps.platform.issuer, {
        grantType: field(req.body, 'grant_type'),
        clientId: basic?.clientId ?? formId,
        clientSecret: basic?.clientSecret ?? formSecret,
        scope: field(req.body, 'scope'),
      });
      if (grant.ok) {
        res.status(200).json(grant.body);
        return;
      }
      if (grant.error === 'invalid_client' && usedBasic) res.setHeader('www-authenticate', 'Basic realm="participant-graph-hub"');
      res.status(grant.status).json({ error: grant.error, error_description: grant.description });
    } catch (error) {
      deps.platform.log.error({ requestId: req.header('x-request-id'), error }, 'token endpoint failed');
      res.status(500).json({ error: 'server_error' });
    }
  });
}
