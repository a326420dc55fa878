import { Migration } from '@mikro-orm/migrations';

/**
 * BPJSTK's own card registry (it was one platform.card for both agencies): written and read by the bpjstk
 * subgraph alone. On a database that has the shared table, this agency's rows are copied from it.
 */
export class Migration20261201500020 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "bpjstk"."card" (
        "id" bigserial primary key,
        "number" text not null unique,
        "nik_hash" text not null,
        "holder_name" text not null,
        "issued_at" date not null,
        "revoked_at" timestamptz,
        "updated_at" timestamptz not null default now()
      );
      create index "card_nik_hash_idx" on "bpjstk"."card" ("nik_hash");
      do $$ begin
        if to_regclass('platform.card') is not null then
          insert into "bpjstk"."card" ("number", "nik_hash", "holder_name", "issued_at", "revoked_at", "updated_at")
          select number, nik_hash, holder_name, issued_at, revoked_at, updated_at from platform.card where agency = 'BPJSTK' order by id;
        end if;
      end $$;
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "bpjstk"."card";');
  }
}
