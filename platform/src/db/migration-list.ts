// A schema's migrations as MikroORM's migrator takes them (`migrationsList`), named as it names them.
import type { Constructor, MigrationObject } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';

/**
 * The migrations in the order given, each named by its class: `Migration<timestamp>`, the name of its file,
 * which is what MikroORM records in `mikro_orm_migrations` (and would find by a glob of the folder).
 */
export function migrationList(...classes: Constructor<Migration>[]): MigrationObject[] {
  return classes.map((migration) => ({ name: migration.name, class: migration }));
}
