// GET /dev/outbox?to=<e-mail or phone>: the development mailbox, newest first. Every e-mail and SMS
// the hub queued (delivered or not yet), so a developer or a test can read the codes it sent.
// Production answers 404: there is no such endpoint there.
import type { Express } from 'express';
import type { Queryable } from '../db/sql';
import { parseEmail, parsePhone } from '../validation/identifiers';

export function recipientKey(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  if (value.includes('@')) {
    const email = parseEmail(value);
    return email.ok ? email.value : null;
  }
  const phone = parsePhone(value);
  return phone.ok ? phone.value : null;
}

export function mountDevOutbox(app: Express, pool: Queryable, options: { production: boolean; limit?: number }): void {
  app.get('/dev/outbox', async (req, res) => {
    if (options.production) {
      res.status(404).json({ error: 'not_found' });
      return;
    }
    const to = recipientKey(typeof req.query.to === 'string' ? req.query.to : '');
    if (!to) {
      res.status(400).json({ error: 'bad_request', message: 'Give ?to= an e-mail address or a phone number (08… or +628…).' });
      return;
    }
    try {
      const { rows } = await pool.query(
        `select channel, recipient as "to", subject, body, sent_at as "sentAt" from platform.outbox
          where recipient = $1 order by id desc limit $2`,
        [to, options.limit ?? 100],
      );
      res.json({ messages: rows });
    } catch {
      res.status(503).json({ error: 'service_unavailable' });
    }
  });
}
