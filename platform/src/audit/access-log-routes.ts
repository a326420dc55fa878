// The access log's owner interface (a signed internal call), mounted by the identity service, the one
// process that writes platform.access_log: the other services send each batch of entries here
// (access-log.ts's HttpAccessLog), and it is appended in order, in one transaction, to the one hash chain.
import type { Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { requireInternalCaller } from '../http/internal';
import type { Platform } from '../runtime';
import { ACCESS_LOG_PATH } from './access-log';
import { appendAuditBatch, type AuditEntry } from './audit-log';

const MAX_ENTRIES = 1_000;
const text = (max: number) => z.string().max(max);

const entry = z.strictObject({
  subjectNik: text(32).nullish(),
  actorKind: z.enum(['PARTNER', 'STAFF', 'KIOSK', 'PARTICIPANT', 'SYSTEM']),
  actorId: text(200),
  actorName: text(500),
  action: text(200).min(1),
  purpose: text(2_000).nullish(),
  fields: z.array(text(200)).max(500).optional(),
  details: z.record(z.string(), z.unknown()).nullish(),
  requestId: text(200).nullish(),
}) satisfies z.ZodType<AuditEntry>;

const batch = z.strictObject({ entries: z.array(entry).min(1).max(MAX_ENTRIES) });

export function mountAccessLogRoutes(app: Express, deps: { orm: MikroORM; platform: Pick<Platform, 'config' | 'log'> }): void {
  const signed = requireInternalCaller(deps.platform.config.internalServiceSecret);
  app.post(ACCESS_LOG_PATH, signed, async (req, res) => {
    const parsed = batch.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'bad_request' });
      return;
    }
    const { entries } = parsed.data;
    try {
      const hashes = await deps.orm.em.fork().transactional((tx) => appendAuditBatch(tx, entries));
      res.status(201).json({ appended: hashes.length });
    } catch (error) {
      const requestId = entries.find((e) => e.requestId)?.requestId ?? req.header('x-request-id');
      deps.platform.log.error({ requestId, error }, 'appending to the access log failed');
      res.status(500).json({ error: 'internal_error' });
    }
  });
}
