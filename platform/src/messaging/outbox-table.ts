// The outbox table, the same in every schema that has one (each service's own, and the retired shared one
// that a down() brings back). Applied migrations run this text: change the table with a new migration, not here.

/** SQL that creates `<schema>.outbox` and its two indexes (pending messages by due time; a recipient's newest). */
export function createOutboxTable(schema: string, { ifNotExists = false } = {}): string {
  const guard = ifNotExists ? 'if not exists ' : '';
  return `
      create table ${guard}"${schema}"."outbox" (
        "id" bigserial primary key,
        "channel" text not null check ("channel" in ('EMAIL', 'SMS')),
        "recipient" text not null,
        "subject" text,
        "body" text not null,
        "kind" text not null default 'GENERAL',
        "status" text not null default 'PENDING' check ("status" in ('PENDING', 'SENT', 'FAILED')),
        "attempts" integer not null default 0,
        "next_attempt_at" timestamptz not null default now(),
        "last_error" text,
        "dedupe_key" text unique,
        "created_at" timestamptz not null default now(),
        "sent_at" timestamptz
      );
      create index ${guard}"outbox_pending_idx" on "${schema}"."outbox" ("next_attempt_at") where "status" = 'PENDING';
      create index ${guard}"outbox_recipient_idx" on "${schema}"."outbox" ("recipient", "id" desc);`;
}
