import { Migration } from '@mikro-orm/migrations';
import { dropTableIfEmpty } from '../retire-table';
import { createOutboxTable } from '../../messaging/outbox-table';

/**
 * The shared outbox is retired: each service owns the outbox of its own schema (identity.outbox,
 * taspen.outbox, bpjstk.outbox, made by their migrations of the same day). An empty platform.outbox (every new
 * database) is dropped here; one that holds messages (an upgraded database) stays, unread, for identity's
 * migration to copy them from (it runs after this schema's), and goes with the next release's platform migration.
 */
export class Migration20261201500001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(dropTableIfEmpty('platform.outbox'));
  }

  override async down(): Promise<void> {
    this.addSql(createOutboxTable('platform', { ifNotExists: true }));
  }
}
