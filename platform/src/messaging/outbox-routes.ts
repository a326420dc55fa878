// A service's outbox as the development mailbox reads it: POST /internal/outbox/messages (signed), answered
// from the outbox of the service's own schema. The gateway's GET /dev/outbox gathers the three owners'
// answers (dev-outbox-route.ts). Production answers 404, as /dev/outbox does.
import type { Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { requireInternalCaller } from '../http/internal';
import type { Platform } from '../runtime';
import { outboxTable } from './outbox';

export const OUTBOX_MESSAGES_PATH = '/internal/outbox/messages';

/** A message as /dev/outbox shows it. */
export interface MailboxMessage {
  channel: string;
  to: string;
  subject: string | null;
  body: string;
  sentAt: string | null;
}

/** As an owner answers it: with the time it was queued, to merge the owners' lists by. */
export type MailboxMessageJson = MailboxMessage & { createdAt: string };

const MAX_LIMIT = 100;

export function mountOutboxRoutes(app: Express, deps: { orm: MikroORM; platform: Pick<Platform, 'config' | 'log'> }, schema: string): void {
  const signed = requireInternalCaller(deps.platform.config.internalServiceSecret);
  const table = outboxTable(schema);
  app.post(OUTBOX_MESSAGES_PATH, signed, async (req, res) => {
    if (deps.platform.config.production) {
      res.status(404).json({ error: 'not_found' });
      return;
    }
    const body = (req.body ?? {}) as { to?: unknown; limit?: unknown };
    const limit = typeof body.limit === 'number' && Number.isInteger(body.limit) ? Math.min(Math.max(body.limit, 1), MAX_LIMIT) : MAX_LIMIT;
    if (typeof body.to !== 'string' || body.to.length === 0 || body.to.length > 320) {
      res.status(400).json({ error: 'bad_request' });
      return;
    }
    try {
      const rows = await deps.orm.em.getConnection().execute<Array<Omit<MailboxMessage, 'sentAt'> & { sentAt: Date | null; createdAt: Date }>>(
        `select channel, recipient as "to", subject, body, sent_at as "sentAt", created_at as "createdAt" from ${table}
          where recipient = ? order by id desc limit ?`,
        [body.to, limit],
      );
      const messages: MailboxMessageJson[] = rows.map((row) => ({
        ...row,
        sentAt: row.sentAt ? new Date(row.sentAt).toISOString() : null,
        createdAt: new Date(row.createdAt).toISOString(),
      }));
      res.json({ messages });
    } catch (error) {
      deps.platform.log.error({ requestId: req.header('x-request-id'), error }, 'reading the outbox failed');
      res.status(500).json({ error: 'internal_error' });
    }
  });
}
