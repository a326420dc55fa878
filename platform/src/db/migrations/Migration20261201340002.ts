import { Migration } from '@mikro-orm/migrations';
import { createCardRegistryTable } from './card-registry-table';

/** One registry of issued cards for both agencies, so verifyCard answers for any card. */
export class Migration20261201340002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(createCardRegistryTable());
  }

  override async down(): Promise<void> {
    this.addSql('drop table platform.card;');
  }
}
