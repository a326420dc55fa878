// The transactional outbox: a message is written in the same transaction as the change that
// causes it, and a delivery worker sends it later (with retries). Nothing is sent inline. Each service
// owns the outbox in its own schema (`<schema>.outbox`), which is what lets a
// message commit with the change, and its own worker delivers it (delivery.ts).
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

/** The outbox table of the service that owns `schema`. */
export function outboxTable(schema: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a schema name: ${schema}`);
  return `"${schema}"."outbox"`;
}

/** Queues a message in the outbox of the service `em` belongs to (the schema its ORM is bound to), in `em`'s transaction. */
export async function enqueueMessage(em: EntityManager, message: OutgoingMessage): Promise<void> {
  const schema = em.config.get('schema');
  if (!schema) throw new Error('enqueueMessage needs the EntityManager of a service bound to its schema');
  await em.getConnection().execute(
    `insert into ${outboxTable(schema)} (channel, recipient, subject, body, kind, dedupe_key)
     values (?, ?, ?, ?, ?, ?) on conflict (dedupe_key) do nothing`,
    [message.channel, message.to, message.subject ?? null, message.body, message.kind ?? 'GENERAL', message.dedupeKey ?? null],
    'run',
    em.getTransactionContext(),
  );
}
