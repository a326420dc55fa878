// GET /dev/outbox?to=<e-mail or phone>: the development mailbox, newest first. Every e-mail and SMS
// the hub queued (delivered or not yet), so a developer or a test can read the codes it sent. Each service
// owns its outbox, so the gateway gathers the mailbox from the three owners (outbox-routes.ts, signed
// internal calls) and merges it by time. Production answers 404: there is no such endpoint there.
import type { Express } from 'express';
import { InternalClient } from '../http/internal';
import type { Platform, ServiceUrls } from '../runtime';
import { parseEmail, parsePhone } from '../validation/identifiers';
import { OUTBOX_MESSAGES_PATH, type MailboxMessage, type MailboxMessageJson } from './outbox-routes';

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

/** One owner's messages to a recipient, newest first. */
export type Mailbox = (to: string, limit: number) => Promise<MailboxMessageJson[]>;

/** The outboxes of the three services, asked over signed internal calls. */
export function mailboxesOf(platform: Pick<Platform, 'serviceUrls' | 'config'>): Mailbox[] {
  const services: ReadonlyArray<keyof ServiceUrls> = ['identity', 'taspen', 'bpjstk'];
  return services.map((service) => {
    const client = new InternalClient(
      () => {
        const url = platform.serviceUrls[service];
        if (!url) throw new Error(`no address for the ${service} service`);
        return url;
      },
      platform.config.internalServiceSecret,
      service,
    );
    return async (to, limit) => (await client.post<{ messages: MailboxMessageJson[] }>(OUTBOX_MESSAGES_PATH, { to, limit })).messages;
  });
}

export function mountDevOutbox(app: Express, mailboxes: readonly Mailbox[], options: { production: boolean; limit?: number }): void {
  const limit = options.limit ?? 100;
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
      const answers = await Promise.all(mailboxes.map((mailbox) => mailbox(to, limit)));
      // Newest first across the owners; each owner's list is already newest first, and the sort is stable.
      const merged = answers.flat().sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
      const messages: MailboxMessage[] = merged.slice(0, limit).map(({ createdAt: _createdAt, ...message }) => message);
      res.json({ messages });
    } catch {
      res.status(503).json({ error: 'service_unavailable' });
    }
  });
}
