import { Migration } from '@mikro-orm/migrations';

/**
 * The shared outbox is retired: each service owns the outbox of its own schema (identity.outbox,
 * taspen.outbox, bpjstk.outbox, made by their migrations of the same day). An empty platform.outbox (every new
 * database) is dropped here; one that holds messages (an upgraded database) stays, unread, for identity's
 * migration to copy them from (it runs after this schema's), and goes with the next release's platform migration.
 */
export class Migration20261201500001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      do $$ begin
        if to_regclass('platform.outbox') is not null then
          if not exists (select 1 from platform.outbox) then
            drop table platform.outbox;
          end if;
        end if;
      end $$;
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      create table if not exists platform.outbox (
        id bigserial primary key,
        channel text not null check (channel in ('EMAIL', 'SMS')),
        recipient text not null,
        subject text,
        body text not null,
        kind text not null default 'GENERAL',
        status text not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
        attempts integer not null default 0,
        next_attempt_at timestamptz not null default now(),
        last_error text,
        dedupe_key text unique,
        created_at timestamptz not null default now(),
        sent_at timestamptz
      );
      create index if not exists outbox_pending_idx on platform.outbox (next_attempt_at) where status = 'PENDING';
      create index if not exists outbox_recipient_idx on platform.outbox (recipient, id desc);
    `);
  }
}
