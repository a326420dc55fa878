import { Migration } from '@mikro-orm/migrations';

/** Non-claim submissions (KPT, data update): the cited documents and the status history. */
export class Migration20261121000002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "taspen"."submission" (
        "id" uuid primary key,
        "tracking_code" varchar(14) not null unique,
        "type" varchar(20) not null,
        "status" varchar(20) not null,
        "nip" varchar(18) not null references "taspen"."participant" ("nip"),
        "nik" varchar(16) not null,
        "account_id" text not null,
        "idempotency_key" varchar(100),
        "applicant_relation" varchar(10) not null,
        "applicant_full_name" varchar(200) not null,
        "applicant_nik" varchar(16) not null,
        "applicant_birth_date" date not null,
        "ktp_photo_document_id" uuid not null,
        "selfie_with_ktp_document_id" uuid not null,
        "email" varchar(254) not null,
        "submitted_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "submission_idempotency_key" unique ("account_id", "idempotency_key")
      );`);
    this.addSql(`create index "submission_nik_idx" on "taspen"."submission" ("nik", "submitted_at" desc, "id" desc);`);
    this.addSql(`create index "submission_queue_idx" on "taspen"."submission" ("status", "submitted_at", "id");`);
    this.addSql(`create index "submission_order_idx" on "taspen"."submission" ("submitted_at", "id");`);
    this.addSql(`
      create table "taspen"."submission_document" (
        "submission_id" uuid not null references "taspen"."submission" ("id") on delete cascade,
        "position" smallint not null,
        "kind" varchar(20) not null,
        "document_id" uuid not null,
        primary key ("submission_id", "position")
      );`);
    this.addSql(`create index "submission_document_document_idx" on "taspen"."submission_document" ("document_id");`);
    this.addSql(`
      create table "taspen"."submission_event" (
        "id" bigserial primary key,
        "submission_id" uuid not null references "taspen"."submission" ("id") on delete cascade,
        "status" varchar(20) not null,
        "at" timestamptz not null,
        "actor_kind" varchar(20) not null,
        "actor_id" text not null,
        "note" text
      );`);
    this.addSql(`create index "submission_event_submission_idx" on "taspen"."submission_event" ("submission_id", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop table "taspen"."submission_event";
      drop table "taspen"."submission_document";
      drop table "taspen"."submission";`);
  }
}
