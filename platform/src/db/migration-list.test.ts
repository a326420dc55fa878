// A migration list names each migration as MikroORM does and keeps the order it is given.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Migration } from '@mikro-orm/migrations';
import { migrationList } from './migration-list';
import { platformMigrations } from './migrations';

class Migration20990101000002 extends Migration {
  override async up(): Promise<void> {}
}
class Migration20990101000001 extends Migration {
  override async up(): Promise<void> {}
}

describe('migrationList', () => {
  it('names each migration by its class, in the order given (not sorted)', () => {
    expect(migrationList(Migration20990101000002, Migration20990101000001)).toEqual([
      { name: 'Migration20990101000002', class: Migration20990101000002 },
      { name: 'Migration20990101000001', class: Migration20990101000001 },
    ]);
  });

  it("names the platform's migrations as MikroORM would find them in their folder: by file name, in file order", () => {
    const files = readdirSync(join(__dirname, 'migrations'))
      .filter((file) => /^Migration\d{14}\.ts$/.test(file))
      .sort()
      .map((file) => file.replace(/\.ts$/, ''));
    expect(platformMigrations.map((migration) => migration.name)).toEqual(files);
  });
});
