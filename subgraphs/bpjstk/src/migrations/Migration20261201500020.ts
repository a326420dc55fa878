import { Migration } from '@mikro-orm/migrations';
import { Agency } from '#domain/agency';
import { createCardTable } from '#domain/cards/card-table';

/**
 * BPJSTK's own card registry (it was one platform.card for both agencies): written and read by the bpjstk
 * subgraph alone. On a database that has the shared table, this agency's rows are copied from it.
 */
export class Migration20261201500020 extends Migration {
  override async up(): Promise<void> {
    this.addSql(createCardTable('bpjstk', Agency.BPJSTK));
  }

  override async down(): Promise<void> {
    this.addSql('drop table "bpjstk"."card";');
  }
}
