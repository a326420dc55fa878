// An agency's card registry table, the same in each agency's schema. Applied migrations run this text:
// change the table with a new migration, not here.
import type { Agency } from '../agency';

/**
 * SQL that creates `<schema>.card` and, on a database that still has the retired shared registry
 * (platform.card), copies this agency's cards from it in their order of issue.
 */
export function createCardTable(schema: string, agency: Agency): string {
  return `
      create table "${schema}"."card" (
        "id" bigserial primary key,
        "number" text not null unique,
        "nik_hash" text not null,
        "holder_name" text not null,
        "issued_at" date not null,
        "revoked_at" timestamptz,
        "updated_at" timestamptz not null default now()
      );
      create index "card_nik_hash_idx" on "${schema}"."card" ("nik_hash");
      do $$ begin
        if to_regclass('platform.card') is not null then
          insert into "${schema}"."card" ("number", "nik_hash", "holder_name", "issued_at", "revoked_at", "updated_at")
          select number, nik_hash, holder_name, issued_at, revoked_at, updated_at from platform.card where agency = '${agency}' order by id;
        end if;
      end $$;`;
}
