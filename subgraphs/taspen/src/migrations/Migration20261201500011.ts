import { Migration } from '@mikro-orm/migrations';

/**
 * The taspen service's own outbox (it was one platform.outbox for all three): a message commits with the change
 * that causes it because both are in the service's own transaction, and the service's own worker delivers it.
 */
export class Migration20261201500011 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "taspen"."outbox" (
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
      create index "outbox_pending_idx" on "taspen"."outbox" ("next_attempt_at") where "status" = 'PENDING';
      create index "outbox_recipient_idx" on "taspen"."outbox" ("recipient", "id" desc);
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "taspen"."outbox";');
  }
}
