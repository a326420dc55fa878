// The transactional outbox: a message is written in the same transaction as the change that
// causes it, and a delivery worker sends it later (with retries). Nothing is sent inline.
import type { EntityManager } from '@mikro-orm/postgresql';

export type Channel = 'EMAIL' | 'SMS';

export interface OutgoingMessage {
  channel: Channel;
  /** E-mail address, or phone in E.164 (`+628…`). */
  to: string;
  subject?: string;
  body: string;
  /** What the message is for (OTP, KPT_STATUS, …): counted on the dashboard. */
  kind?: string;
  /** When set, a second message with the same key is not queued. */
  dedupeKey?: string;
}

export async function enqueueMessage(em: EntityManager, message: OutgoingMessage): Promise<void> {
  await em.getConnection().execute(
    `insert into platform.outbox (channel, recipient, subject, body, kind, dedupe_key)
     values (?, ?, ?, ?, ?, ?) on conflict (dedupe_key) do nothing`,
    [message.channel, message.to, message.subject ?? null, message.body, message.kind ?? 'GENERAL', message.dedupeKey ?? null],
    'run',
    em.getTransactionContext(),
  );
}
