import { Migration } from '@mikro-orm/migrations';
import { createOutboxTable } from '#platform/messaging/outbox-table';

/**
 * The taspen service's own outbox (it was one platform.outbox for all three): a message commits with the change
 * that causes it because both are in the service's own transaction, and the service's own worker delivers it.
 */
export class Migration20261201500011 extends Migration {
  override async up(): Promise<void> {
    this.addSql(createOutboxTable('taspen'));
  }

  override async down(): Promise<void> {
    this.addSql('drop table "taspen"."outbox";');
  }
}
