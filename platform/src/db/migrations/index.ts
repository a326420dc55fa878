// Every migration of the platform schema, in order. New ones are appended here. Applied by the identity
// service alone (ServiceDefinition.ownsPlatformSchema); the other services wait until they are.
import { migrationList } from '../migration-list';
import { Migration20261201340001 } from './Migration20261201340001';
import { Migration20261201340002 } from './Migration20261201340002';
import { Migration20261201340003 } from './Migration20261201340003';
import { Migration20261201380000 } from './Migration20261201380000';
import { Migration20261201500000 } from './Migration20261201500000';
import { Migration20261201500001 } from './Migration20261201500001';

export const platformMigrations = migrationList(
  Migration20261201340001,
  Migration20261201340002,
  Migration20261201340003,
  Migration20261201380000,
  Migration20261201500000,
  Migration20261201500001,
);

/**
 * The names the hand-written migrator (before MikroORM ran the platform schema) recorded in
 * platform.schema_migrations, and the migration each became; a database made by it is adopted by
 * marking these as applied (see legacy.ts).
 */
export const LEGACY_PLATFORM_MIGRATIONS: Readonly<Record<string, string>> = {
  '001-documents-outbox-access-log': 'Migration20261201340001',
  '002-card-registry': 'Migration20261201340002',
  '003-revocation': 'Migration20261201340003',
};
