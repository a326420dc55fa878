import { Migration } from '@mikro-orm/migrations';

/** Revocations every verifier checks (logout, refresh-token reuse, account reset), kept across restarts. */
export class Migration20261201340003 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table platform.revocation (
        subject text primary key,
        revoked_at timestamptz not null
      );
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table platform.revocation;');
  }
}
