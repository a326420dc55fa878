import { Migration } from '@mikro-orm/migrations';

/** Registration, payments, the JHT ledger, claims, branch offices, the queue, feedback and the SMS channel. */
export class Migration20261122000001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "bpjstk"."participant"
        add column "phone" varchar(16),
        add column "email" varchar(254),
        add column "created_at" timestamptz not null default now(),
        add column "activated_at" timestamptz,
        add constraint "participant_status_check" check ("status" in ('ACTIVE', 'INACTIVE', 'RETIRED', 'PENDING_PAYMENT'));

      create table "bpjstk"."employer" (
        "id" uuid primary key,
        "registration_number" varchar(20) not null unique,
        "name" varchar(200) not null,
        "npwp" varchar(16) not null,
        "nib" varchar(13) not null,
        "owner_nik" varchar(16) not null,
        "owner_name" varchar(200) not null,
        "address" varchar(500) not null,
        "city" varchar(100) not null,
        "email" varchar(254) not null,
        "phone" varchar(16) not null,
        "jkk_risk_class" smallint not null check ("jkk_risk_class" between 1 and 5),
        "programs" text[] not null,
        "document_ids" text[] not null default '{}',
        "status" varchar(20) not null check ("status" in ('PENDING_PAYMENT', 'ACTIVE')),
        "registered_by" varchar(120),
        "idempotency_key" varchar(100),
        "created_at" timestamptz not null default now(),
        "activated_at" timestamptz,
        constraint "employer_idempotency_key" unique ("npwp", "idempotency_key")
      );
      create index "employer_registered_by_idx" on "bpjstk"."employer" ("registered_by");

      create table "bpjstk"."employer_worker" (
        "employer_id" uuid not null references "bpjstk"."employer" ("id"),
        "kpj" varchar(11) not null references "bpjstk"."participant" ("kpj"),
        "position" smallint not null,
        "monthly_wage" bigint not null check ("monthly_wage" > 0),
        primary key ("employer_id", "kpj")
      );
      create index "employer_worker_kpj_idx" on "bpjstk"."employer_worker" ("kpj");

      create table "bpjstk"."bpu_registration" (
        "id" uuid primary key,
        "kpj" varchar(11) not null references "bpjstk"."participant" ("kpj"),
        "nik" varchar(16) not null,
        "new_participant" boolean not null,
        "email" varchar(254) not null,
        "phone" varchar(16) not null,
        "occupation" varchar(100) not null,
        "monthly_income" bigint not null check ("monthly_income" > 0),
        "programs" text[] not null,
        "address" varchar(500) not null,
        "city" varchar(100) not null,
        "idempotency_key" varchar(100),
        "created_at" timestamptz not null default now(),
        constraint "bpu_registration_idempotency_key" unique ("nik", "idempotency_key")
      );
      create index "bpu_registration_kpj_idx" on "bpjstk"."bpu_registration" ("kpj");

      create table "bpjstk"."payment_code" (
        "code" varchar(16) primary key,
        "amount" bigint not null check ("amount" > 0),
        "expires_at" timestamptz not null,
        "status" varchar(10) not null default 'OPEN' check ("status" in ('OPEN', 'PAID')),
        "bpu_registration_id" uuid unique references "bpjstk"."bpu_registration" ("id"),
        "employer_id" uuid unique references "bpjstk"."employer" ("id"),
        "created_at" timestamptz not null default now(),
        "paid_at" timestamptz,
        check (("bpu_registration_id" is null) <> ("employer_id" is null))
      );

      create table "bpjstk"."payment" (
        "reference" varchar(100) primary key,
        "payment_code" varchar(16) not null references "bpjstk"."payment_code" ("code"),
        "amount" bigint not null,
        "paid_at" timestamptz not null,
        "received_at" timestamptz not null default now()
      );
      create index "payment_payment_code_idx" on "bpjstk"."payment" ("payment_code");

      create table "bpjstk"."contribution_ledger" (
        "kpj" varchar(11) not null references "bpjstk"."participant" ("kpj"),
        "period" char(7) not null check ("period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        "employer_contribution" bigint not null default 0 check ("employer_contribution" >= 0),
        "worker_contribution" bigint not null default 0 check ("worker_contribution" >= 0),
        "returns" bigint not null default 0,
        primary key ("kpj", "period")
      );

      create table "bpjstk"."jht_claim" (
        "id" uuid primary key,
        "kpj" varchar(11) not null references "bpjstk"."participant" ("kpj"),
        "nik" varchar(16) not null,
        "account_id" varchar(120) not null,
        "reason" varchar(30) not null,
        "channel" varchar(10) not null check ("channel" in ('JMO', 'LAPAK_ASIK')),
        "status" varchar(20) not null check ("status" in ('SUBMITTED', 'VERIFIED', 'APPROVED', 'PAID', 'REJECTED', 'NEEDS_REVISION')),
        "tracking_code" varchar(24) not null unique,
        "bank_code" varchar(10) not null,
        "account_number" varchar(30) not null,
        "account_name" varchar(200) not null,
        "npwp" varchar(16),
        "documents" jsonb not null,
        "balance" bigint not null,
        "idempotency_key" varchar(100),
        "submitted_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        constraint "jht_claim_idempotency_key" unique ("nik", "idempotency_key")
      );
      create unique index "jht_claim_one_open_idx" on "bpjstk"."jht_claim" ("nik")
        where "status" in ('SUBMITTED', 'VERIFIED', 'APPROVED', 'NEEDS_REVISION');
      create index "jht_claim_nik_idx" on "bpjstk"."jht_claim" ("nik", "submitted_at" desc);
      create index "jht_claim_queue_idx" on "bpjstk"."jht_claim" ("submitted_at", "id");
      create index "jht_claim_status_queue_idx" on "bpjstk"."jht_claim" ("status", "submitted_at", "id");

      create table "bpjstk"."jht_claim_event" (
        "id" bigserial primary key,
        "claim_id" uuid not null references "bpjstk"."jht_claim" ("id"),
        "status" varchar(20) not null,
        "note" varchar(1000),
        "actor" varchar(120),
        "at" timestamptz not null default now()
      );
      create index "jht_claim_event_claim_idx" on "bpjstk"."jht_claim_event" ("claim_id", "id");

      create table "bpjstk"."branch_office" (
        "id" varchar(40) primary key,
        "name" varchar(200) not null unique,
        "city" varchar(100) not null,
        "address" varchar(300) not null,
        "latitude" double precision not null check ("latitude" between -90 and 90),
        "longitude" double precision not null check ("longitude" between -180 and 180)
      );
      create index "branch_office_latitude_idx" on "bpjstk"."branch_office" ("latitude", "longitude");
      create index "branch_office_longitude_idx" on "bpjstk"."branch_office" ("longitude");

      create table "bpjstk"."queue_slot" (
        "branch_id" varchar(40) not null references "bpjstk"."branch_office" ("id"),
        "service" varchar(20) not null,
        "starts_at" timestamptz not null,
        "capacity" integer not null check ("capacity" >= 0),
        "booked" integer not null default 0,
        constraint "queue_slot_within_capacity" check ("booked" >= 0 and "booked" <= "capacity"),
        primary key ("branch_id", "service", "starts_at")
      );

      create table "bpjstk"."queue_counter" (
        "branch_id" varchar(40) not null references "bpjstk"."branch_office" ("id"),
        "service_date" date not null,
        "service" varchar(20) not null,
        "last_number" integer not null,
        primary key ("branch_id", "service_date", "service")
      );

      create table "bpjstk"."queue_ticket" (
        "id" uuid primary key,
        "branch_id" varchar(40) not null,
        "service" varchar(20) not null check ("service" in ('JHT_CLAIM', 'REGISTRATION', 'INFORMATION', 'COMPLAINT')),
        "slot_starts_at" timestamptz not null,
        "service_date" date not null,
        "nik" varchar(16) not null,
        "account_id" varchar(120) not null,
        "number" varchar(12) not null,
        "status" varchar(10) not null check ("status" in ('BOOKED', 'CANCELLED', 'SERVED', 'NO_SHOW')),
        "idempotency_key" varchar(100),
        "created_at" timestamptz not null default now(),
        "cancelled_at" timestamptz,
        foreign key ("branch_id", "service", "slot_starts_at") references "bpjstk"."queue_slot" ("branch_id", "service", "starts_at"),
        constraint "queue_ticket_idempotency_key" unique ("nik", "idempotency_key"),
        constraint "queue_ticket_number_per_day" unique ("branch_id", "service_date", "number")
      );
      create unique index "queue_ticket_one_active_idx" on "bpjstk"."queue_ticket" ("nik", "service", "service_date")
        where "status" = 'BOOKED';
      create index "queue_ticket_nik_idx" on "bpjstk"."queue_ticket" ("nik", "slot_starts_at" desc);

      create table "bpjstk"."service_feedback" (
        "id" uuid primary key,
        "service" varchar(20) not null,
        "rating" smallint not null check ("rating" between 1 and 5),
        "comment" varchar(1000),
        "queue_ticket_id" uuid unique references "bpjstk"."queue_ticket" ("id"),
        "nik" varchar(16),
        "created_at" timestamptz not null default now()
      );

      create table "bpjstk"."sms_subscription" (
        "phone" varchar(16) primary key,
        "kpj" varchar(11) not null references "bpjstk"."participant" ("kpj"),
        "email" varchar(254),
        "registered_at" timestamptz not null default now()
      );
      create index "sms_subscription_kpj_idx" on "bpjstk"."sms_subscription" ("kpj");
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop table "bpjstk"."sms_subscription";
      drop table "bpjstk"."service_feedback";
      drop table "bpjstk"."queue_ticket";
      drop table "bpjstk"."queue_counter";
      drop table "bpjstk"."queue_slot";
      drop table "bpjstk"."branch_office";
      drop table "bpjstk"."jht_claim_event";
      drop table "bpjstk"."jht_claim";
      drop table "bpjstk"."contribution_ledger";
      drop table "bpjstk"."payment";
      drop table "bpjstk"."payment_code";
      drop table "bpjstk"."bpu_registration";
      drop table "bpjstk"."employer_worker";
      drop table "bpjstk"."employer";
      alter table "bpjstk"."participant"
        drop constraint "participant_status_check",
        drop column "phone",
        drop column "email",
        drop column "created_at",
        drop column "activated_at";`);
  }
}
