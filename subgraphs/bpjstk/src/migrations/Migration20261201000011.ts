import { Migration } from '@mikro-orm/migrations';

/**
 * Where a record comes from decides what it proves: a participant from the agency's own register (AGENCY)
 * or created by a hub self-registration (SELF_REGISTERED, unverified until an officer verifies it). A
 * registration naming a NIK the agency already knows becomes a link request that changes nothing of the
 * existing record until an officer confirms it.
 */
export class Migration20261201000011 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "bpjstk"."participant"
        add column "origin" varchar(16) not null default 'AGENCY' check ("origin" in ('AGENCY', 'SELF_REGISTERED')),
        add column "verified_at" timestamptz,
        add column "verified_by" varchar(120),
        add column "rejected_at" timestamptz,
        add column "verification_note" text;
      create index "participant_unverified_idx" on "bpjstk"."participant" ("created_at", "kpj")
        where "origin" = 'SELF_REGISTERED' and "verified_at" is null and "rejected_at" is null;

      alter table "bpjstk"."bpu_registration" alter column "kpj" drop not null;

      create table "bpjstk"."participant_link" (
        "id" uuid primary key,
        "nik" varchar(16) not null,
        "full_name" varchar(200) not null,
        "birth_date" date not null,
        "source" varchar(10) not null check ("source" in ('BPU', 'EMPLOYER')),
        "bpu_registration_id" uuid references "bpjstk"."bpu_registration" ("id"),
        "employer_id" uuid references "bpjstk"."employer" ("id"),
        "position" smallint not null default 0,
        "monthly_wage" bigint,
        "status" varchar(10) not null default 'PENDING' check ("status" in ('PENDING', 'CONFIRMED', 'REJECTED')),
        "paid_at" timestamptz,
        "decided_by" varchar(120),
        "decided_at" timestamptz,
        "note" text,
        "created_at" timestamptz not null default now(),
        check (("bpu_registration_id" is null) <> ("employer_id" is null))
      );
      create index "participant_link_pending_idx" on "bpjstk"."participant_link" ("created_at", "id") where "status" = 'PENDING';
      create index "participant_link_employer_idx" on "bpjstk"."participant_link" ("employer_id");
      create index "participant_link_bpu_idx" on "bpjstk"."participant_link" ("bpu_registration_id");
    `);
  }

  override async down(): Promise<void> {
    // A BPU registration without a KPJ (a link request) has no place before this migration: reverting
    // refuses, by the not-null constraint, while one exists.
    this.addSql(`
      drop table "bpjstk"."participant_link";
      alter table "bpjstk"."bpu_registration" alter column "kpj" set not null;
      drop index "bpjstk"."participant_unverified_idx";
      alter table "bpjstk"."participant"
        drop column "origin",
        drop column "verified_at",
        drop column "verified_by",
        drop column "rejected_at",
        drop column "verification_note";`);
  }
}
