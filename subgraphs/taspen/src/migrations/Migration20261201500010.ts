import { Migration } from '@mikro-orm/migrations';

/**
 * TASPEN's own card registry (it was one platform.card for both agencies): written and read by the taspen
 * subgraph alone. On a database that has the shared table, this agency's rows are copied from it.
 */
export class Migration20261201500010 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "taspen"."card" (
        "id" bigserial primary key,
        "number" text not null unique,
        "nik_hash" text not null,
        "holder_name" text not null,
        "issued_at" date not null,
        "revoked_at" timestamptz,
        "updated_at" timestamptz not null default now()
      );
      create index "card_nik_hash_idx" on "taspen"."card" ("nik_hash");
      do $$ begin
        if to_regclass('platform.card') is not null then
          insert into "taspen"."card" ("number", "nik_hash", "holder_name", "issued_at", "revoked_at", "updated_at")
          select number, nik_hash, holder_name, issued_at, revoked_at, updated_at from platform.card where agency = 'TASPEN' order by id;
        end if;
      end $$;
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "taspen"."card";');
  }
}
