import { Migration } from '@mikro-orm/migrations';

/** When a participant record last changed (the Taspen block's provenance), kept current by a trigger. */
export class Migration20261201000001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "taspen"."participant" add column "updated_at" timestamptz not null default now();
      create function "taspen"."touch_updated_at"() returns trigger language plpgsql as $$
      begin
        new."updated_at" := now();
        return new;
      end $$;
      create trigger "participant_touch_updated_at" before update on "taspen"."participant"
        for each row execute function "taspen"."touch_updated_at"();
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop trigger "participant_touch_updated_at" on "taspen"."participant";
      drop function "taspen"."touch_updated_at"();
      alter table "taspen"."participant" drop column "updated_at";`);
  }
}
