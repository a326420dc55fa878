import { Migration } from '@mikro-orm/migrations';

/** Partner apps (client credentials), consents people give them, and MPP kiosks (issue 5/7). */
export class Migration20261123000001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "identity"."partner" (
        "id" uuid primary key,
        "name" varchar(200) not null,
        "client_id" varchar(64) not null unique,
        "secret_hash" char(64) not null,
        "scopes" text[] not null,
        "created_by" uuid not null,
        "disabled_at" timestamptz,
        "created_at" timestamptz not null default now()
      );

      create table "identity"."consent" (
        "id" uuid primary key,
        "nik" varchar(16) not null,
        "account_id" uuid not null references "identity"."account" ("id"),
        "partner_id" uuid not null references "identity"."partner" ("id"),
        "scopes" text[] not null check (cardinality("scopes") > 0),
        "purpose" varchar(500) not null,
        "granted_at" timestamptz not null default now(),
        "expires_at" timestamptz,
        "revoked_at" timestamptz
      );
      create index "consent_partner_nik_idx" on "identity"."consent" ("partner_id", "nik") where "revoked_at" is null;
      create index "consent_nik_idx" on "identity"."consent" ("nik", "granted_at" desc);

      create table "identity"."kiosk" (
        "id" uuid primary key,
        "name" varchar(200) not null,
        "location" varchar(300) not null,
        "token_hash" char(64) not null unique,
        "created_by" uuid not null,
        "revoked_at" timestamptz,
        "created_at" timestamptz not null default now()
      );
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop table "identity"."kiosk";
      drop table "identity"."consent";
      drop table "identity"."partner";`);
  }
}
