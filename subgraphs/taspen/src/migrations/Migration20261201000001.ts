import { Migration } from '@mikro-orm/migrations';
import { createTouchUpdatedAt, dropTouchUpdatedAt } from '#platform/db/updated-at-trigger';

/** When a participant record last changed (the Taspen block's provenance), kept current by a trigger. */
export class Migration20261201000001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "taspen"."participant" add column "updated_at" timestamptz not null default now();
      ${createTouchUpdatedAt('taspen', 'participant')}
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      ${dropTouchUpdatedAt('taspen', 'participant')}
      alter table "taspen"."participant" drop column "updated_at";`);
  }
}
