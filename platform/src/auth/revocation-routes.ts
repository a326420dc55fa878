// The revocation list's owner interface (a signed internal call), mounted by the identity service, which
// writes platform.revocation and alone reads it: the gateway's and the agencies' verifiers ask here
// (revocations.ts's HttpRevocations) and remember the answers for a few seconds.
import type { Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { entityManagerQueryable } from '../db/sql';
import { requireInternalCaller } from '../http/internal';
import type { Platform } from '../runtime';
import { MAX_SUBJECTS, readRevocations, REVOCATIONS_PATH } from './revocations';

export function mountRevocationRoutes(app: Express, deps: { orm: MikroORM; platform: Pick<Platform, 'config' | 'log'> }): void {
  const signed = requireInternalCaller(deps.platform.config.internalServiceSecret);
  app.post(REVOCATIONS_PATH, signed, async (req, res) => {
    const subjects = (req.body as { subjects?: unknown } | undefined)?.subjects;
    if (
      !Array.isArray(subjects) ||
      subjects.length === 0 ||
      subjects.length > MAX_SUBJECTS ||
      subjects.some((subject) => typeof subject !== 'string' || subject.length > 200)
    ) {
      res.status(400).json({ error: 'bad_request' });
      return;
    }
    try {
      const revoked = await readRevocations(entityManagerQueryable(deps.orm.em.fork()), subjects as string[]);
      res.json({ revoked: [...revoked] });
    } catch (error) {
      deps.platform.log.error({ requestId: req.header('x-request-id'), error }, 'reading the revocation list failed');
      res.status(500).json({ error: 'internal_error' });
    }
  });
}
