import { Migration } from '@mikro-orm/migrations';

/** The document store, the message outbox and the append-only access log. */
export class Migration20261201340001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table platform.document (
        id uuid primary key,
        owner_account_id text not null,
        content_type text not null,
        size integer not null check (size > 0),
        sha256 char(64) not null,
        bytes bytea not null,
        file_name text,
        created_at timestamptz not null default now()
      );
      create index document_owner_idx on platform.document (owner_account_id, created_at desc);

      create table platform.outbox (
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
      create index outbox_pending_idx on platform.outbox (next_attempt_at) where status = 'PENDING';
      create index outbox_recipient_idx on platform.outbox (recipient, id desc);

      create table platform.access_log (
        id bigserial primary key,
        at timestamptz not null default now(),
        subject_nik varchar(16),
        actor_kind text not null,
        actor_id text not null,
        actor_name text not null,
        action text not null,
        purpose text,
        fields text[] not null default '{}',
        details jsonb,
        prev_hash char(64) not null,
        hash char(64) not null unique
      );
      create index access_log_subject_idx on platform.access_log (subject_nik, id desc);

      create function platform.forbid_change() returns trigger language plpgsql as $$
      begin
        raise exception 'platform.access_log is append-only';
      end $$;
      create trigger access_log_append_only before update or delete on platform.access_log
        for each row execute function platform.forbid_change();
    `);
  }

  override async down(): Promise<void> {
    // The bookkeeping of the hand-written migrator these migrations replaced goes too (see legacy.ts).
    this.addSql(`
      drop table platform.access_log;
      drop function platform.forbid_change();
      drop table platform.outbox;
      drop table platform.document;
      drop table if exists platform.schema_migrations;
    `);
  }
}
