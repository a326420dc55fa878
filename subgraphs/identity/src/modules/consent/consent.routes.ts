// POST /internal/consents (signed service call from the agency subgraphs): the active consents of a
// batch of people to one partner, as {scopesByNik: {nik: {scopes, purpose}}}. Never cached.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { CONSENTS_PATH, type ConsentsResponse } from '#platform/auth/consent-lookup';
import { requireInternalCaller } from '#platform/http/internal';
import type { Platform } from '#platform/runtime';
import { activeGrants } from './consent.service';

const MAX_NIKS = 500;

export function mountConsentRoutes(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
  app.post(CONSENTS_PATH, requireInternalCaller(deps.platform.config.internalServiceSecret), async (req, res) => {
    const body = (req.body ?? {}) as { partnerId?: unknown; niks?: unknown };
    const niks = Array.isArray(body.niks) ? body.niks.filter((nik): nik is string => typeof nik === 'string' && /^\d{16}$/.test(nik)) : [];
    if (typeof body.partnerId !== 'string' || niks.length > MAX_NIKS) {
      res.status(400).json({ error: 'bad_request' });
      return;
    }
    try {
      const scopesByNik = await activeGrants(deps.orm.em.fork(), body.partnerId, niks);
      res.json({ scopesByNik } satisfies ConsentsResponse);
    } catch (error) {
      deps.platform.log.error({ requestId: req.header('x-request-id'), error }, 'consent lookup failed');
      res.status(500).json({ error: 'internal_error' });
    }
  });
}
