import { Migration } from '@mikro-orm/migrations';

/** Account reset hardening: a ticket the holder cancelled by signing in, and the moment an approved one was used. */
export class Migration20261201000011 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "identity"."account_reset_ticket" drop constraint if exists "account_reset_ticket_status_check";
      alter table "identity"."account_reset_ticket"
        add constraint "account_reset_ticket_status_check" check ("status" in ('OPEN', 'APPROVED', 'REJECTED', 'CANCELLED')),
        add column "used_at" timestamptz;
      create index "account_reset_ticket_approved_idx" on "identity"."account_reset_ticket" ("nik") where "status" = 'APPROVED' and "used_at" is null;`);
  }

  override async down(): Promise<void> {
    // Before this migration a ticket could not be cancelled: a cancelled one was closed without approval, i.e. rejected.
    this.addSql(`
      drop index "identity"."account_reset_ticket_approved_idx";
      alter table "identity"."account_reset_ticket" drop constraint "account_reset_ticket_status_check";
      update "identity"."account_reset_ticket" set "status" = 'REJECTED' where "status" = 'CANCELLED';
      alter table "identity"."account_reset_ticket"
        drop column "used_at",
        add constraint "account_reset_ticket_status_check" check ("status" in ('OPEN', 'APPROVED', 'REJECTED'));`);
  }
}
