import { Migration } from '@mikro-orm/migrations';
import { createTouchUpdatedAt, dropTouchUpdatedAt } from '#platform/db/updated-at-trigger';

/**
 * The next contract (issue 14): when a membership began (`member_since`, partial JHT claims need ten
 * years of it), when the record last changed (`updated_at`, provenance), withdrawals on the ledger
 * (paid partial claims) and the amount of a partial claim.
 */
export class Migration20261201000001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "bpjstk"."participant"
        add column "member_since" date,
        add column "updated_at" timestamptz not null default now();
      update "bpjstk"."participant" set "member_since" = "activated_at"::date where "activated_at" is not null;

      ${createTouchUpdatedAt('bpjstk', 'participant')}

      alter table "bpjstk"."contribution_ledger"
        add column "withdrawals" bigint not null default 0 check ("withdrawals" >= 0);

      alter table "bpjstk"."jht_claim" add column "amount" bigint check ("amount" > 0);
      -- A partial claim once in a membership: at most one that was not rejected, per KPJ.
      create unique index "jht_claim_one_partial_idx" on "bpjstk"."jht_claim" ("kpj")
        where "reason" in ('HOUSING', 'RETIREMENT_PREPARATION') and "status" <> 'REJECTED';
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop index "bpjstk"."jht_claim_one_partial_idx";
      alter table "bpjstk"."jht_claim" drop column "amount";
      alter table "bpjstk"."contribution_ledger" drop column "withdrawals";
      ${dropTouchUpdatedAt('bpjstk', 'participant')}
      alter table "bpjstk"."participant"
        drop column "member_since",
        drop column "updated_at";`);
  }
}
