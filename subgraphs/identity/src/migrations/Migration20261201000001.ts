import { Migration } from '@mikro-orm/migrations';

/** Administration of kiosks and partners (issue 14): why and by whom each was revoked or disabled, secret rotation, last contact. */
export class Migration20261201000001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "identity"."kiosk"
        add column "last_seen_at" timestamptz,
        add column "revoked_reason" varchar(500),
        add column "revoked_by" varchar(120);
      create index "kiosk_listing_idx" on "identity"."kiosk" ("created_at", "id");

      alter table "identity"."partner"
        add column "disabled_reason" varchar(500),
        add column "disabled_by" varchar(120),
        add column "secret_rotated_at" timestamptz;
      create index "partner_listing_idx" on "identity"."partner" ("created_at", "id");
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop index "identity"."partner_listing_idx";
      alter table "identity"."partner"
        drop column "disabled_reason",
        drop column "disabled_by",
        drop column "secret_rotated_at";
      drop index "identity"."kiosk_listing_idx";
      alter table "identity"."kiosk"
        drop column "last_seen_at",
        drop column "revoked_reason",
        drop column "revoked_by";`);
  }
}
