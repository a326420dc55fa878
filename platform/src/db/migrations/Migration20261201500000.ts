import { Migration } from '@mikro-orm/migrations';
import { createCardRegistryTable } from './card-registry-table';
import { dropTableIfEmpty } from '../retire-table';

/**
 * The shared card registry is retired: each agency owns its cards in its own schema (taspen.card,
 * bpjstk.card, made by their migrations of the same day). An empty platform.card (every new database) is
 * dropped here; one that holds cards (an upgraded database) stays, unread, for the agencies' migrations to copy
 * their rows from (they run after this schema's), and goes with the next release's platform migration.
 */
export class Migration20261201500000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(dropTableIfEmpty('platform.card'));
  }

  override async down(): Promise<void> {
    this.addSql(createCardRegistryTable({ ifNotExists: true }));
  }
}
