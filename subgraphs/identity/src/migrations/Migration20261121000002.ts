import { Migration } from '@mikro-orm/migrations';

/** Accounts, registrations, refresh tokens, manual OTP issues and account-reset tickets (issue 2/7). */
export class Migration20261121000002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "identity"."account" (
        "id" uuid primary key,
        "kind" varchar(12) not null check ("kind" in ('PARTICIPANT', 'STAFF')),
        "email" varchar(254) not null,
        "phone" varchar(16),
        "password_hash" text not null,
        "nik" varchar(16),
        "roles" text[] not null default '{}',
        "agency" varchar(8) check ("agency" in ('TASPEN', 'BPJSTK')),
        "branch" varchar(100),
        "disabled_at" timestamptz,
        "created_at" timestamptz not null default now(),
        check ("kind" = 'STAFF' or "nik" is not null)
      );
      create unique index "account_email_active_uq" on "identity"."account" ("email") where "disabled_at" is null;
      create unique index "account_nik_active_uq" on "identity"."account" ("nik") where "disabled_at" is null;
      create index "account_nik_idx" on "identity"."account" ("nik");

      create table "identity"."registration" (
        "id" uuid primary key,
        "agency" varchar(8) not null check ("agency" in ('TASPEN', 'BPJSTK')),
        "email" varchar(254) not null,
        "next_step" varchar(20) not null,
        "challenge_id" uuid,
        "nik" varchar(16),
        "full_name" varchar(200),
        "birth_date" date,
        "gender" varchar(1),
        "nip" varchar(18),
        "kpj" varchar(11),
        "membership" varchar(3),
        "phone" varchar(16),
        "account_id" uuid references "identity"."account" ("id"),
        "created_at" timestamptz not null default now(),
        "expires_at" timestamptz not null,
        "completed_at" timestamptz
      );
      create index "registration_pending_phone_idx" on "identity"."registration" ("created_at") where "next_step" = 'VERIFY_PHONE';
      create index "registration_email_idx" on "identity"."registration" ("email");

      create table "identity"."refresh_token" (
        "id" uuid primary key,
        "account_id" uuid not null references "identity"."account" ("id"),
        "family_id" uuid not null,
        "token_hash" char(64) not null unique,
        "created_at" timestamptz not null default now(),
        "expires_at" timestamptz not null,
        "used_at" timestamptz,
        "revoked_at" timestamptz
      );
      create index "refresh_token_family_idx" on "identity"."refresh_token" ("family_id");
      create index "refresh_token_account_idx" on "identity"."refresh_token" ("account_id");

      create table "identity"."manual_otp" (
        "id" uuid primary key,
        "batch_id" uuid not null,
        "registration_id" uuid not null references "identity"."registration" ("id"),
        "challenge_id" uuid not null,
        "issued_by" uuid not null references "identity"."account" ("id"),
        "reason" text not null,
        "expires_at" timestamptz not null,
        "created_at" timestamptz not null default now()
      );
      create index "manual_otp_batch_idx" on "identity"."manual_otp" ("batch_id");
      create index "manual_otp_registration_idx" on "identity"."manual_otp" ("registration_id");

      create table "identity"."account_reset_ticket" (
        "id" uuid primary key,
        "nik" varchar(16) not null,
        "full_name" varchar(200) not null,
        "birth_date" date not null,
        "new_email" varchar(254) not null,
        "new_phone" varchar(16) not null,
        "reason" text not null,
        "status" varchar(10) not null default 'OPEN' check ("status" in ('OPEN', 'APPROVED', 'REJECTED')),
        "expected_resolution_date" date not null,
        "resolved_by" uuid references "identity"."account" ("id"),
        "resolution_note" text,
        "resolved_at" timestamptz,
        "created_at" timestamptz not null default now()
      );
      create index "account_reset_ticket_nik_idx" on "identity"."account_reset_ticket" ("nik");
      create index "account_reset_ticket_open_idx" on "identity"."account_reset_ticket" ("created_at") where "status" = 'OPEN';`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop table "identity"."account_reset_ticket";
      drop table "identity"."manual_otp";
      drop table "identity"."refresh_token";
      drop table "identity"."registration";
      drop table "identity"."account";`);
  }
}
