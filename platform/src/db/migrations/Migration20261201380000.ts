import { Migration } from '@mikro-orm/migrations';

/**
 * The gateway's id of the client request on each access-log entry (null on older rows), so that the person's
 * view merges one client request's entries from several subgraphs; indexed with the subject, which the read
 * groups by. Adding a column rewrites no row, so the append-only trigger and the hash chain are untouched.
 * `if not exists`: a schema adopted from the hand-written migrator (legacy.ts) may already have it.
 */
export class Migration20261201380000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table platform.access_log add column if not exists request_id text;
      create index if not exists access_log_subject_request_idx on platform.access_log (subject_nik, request_id);
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop index platform.access_log_subject_request_idx;
      alter table platform.access_log drop column request_id;
    `);
  }
}
