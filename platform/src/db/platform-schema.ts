// Tables owned by platform code, in the `platform` schema: the document store, the message
// outbox and the append-only access log. Applied by every service at start, under a lock.
import { Client } from 'pg';

interface PlatformMigration {
  name: string;
  sql: string;
}

export const PLATFORM_MIGRATIONS: PlatformMigration[] = [
  {
    name: '001-documents-outbox-access-log',
    sql: `
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
    `,
  },
  {
    // One registry of issued cards for both agencies, so verifyCard answers for any card.
    name: '002-card-registry',
    sql: `
      create table platform.card (
        id bigserial primary key,
        agency text not null check (agency in ('TASPEN', 'BPJSTK')),
        number text not null,
        nik_hash text not null,
        holder_name text not null,
        issued_at date not null,
        revoked_at timestamptz,
        updated_at timestamptz not null default now(),
        unique (agency, number)
      );
      create index card_nik_hash_idx on platform.card (nik_hash);
    `,
  },
  {
    // Revocations every verifier checks (logout, refresh-token reuse, account reset), kept across restarts.
    name: '003-revocation',
    sql: `
      create table platform.revocation (
        subject text primary key,
        revoked_at timestamptz not null
      );
    `,
  },
];

export async function migratePlatform(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtext('migrate:platform'))`);
    await client.query('create schema if not exists platform');
    await client.query(
      'create table if not exists platform.schema_migrations (name text primary key, applied_at timestamptz not null default now())',
    );
    const done = new Set((await client.query('select name from platform.schema_migrations')).rows.map((r) => r.name));
    for (const migration of PLATFORM_MIGRATIONS) {
      if (done.has(migration.name)) continue;
      await client.query('begin');
      try {
        await client.query(migration.sql);
        await client.query('insert into platform.schema_migrations (name) values ($1)', [migration.name]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    }
  } finally {
    await client.query(`select pg_advisory_unlock(hashtext('migrate:platform'))`).catch(() => {});
    await client.end();
  }
}
