// Every migration of the taspen schema, in order. New ones are appended here.
import { migrationList } from '#platform/db/migration-list';
import { Migration20261121000001 } from './Migration20261121000001';
import { Migration20261121000002 } from './Migration20261121000002';
import { Migration20261201000001 } from './Migration20261201000001';
import { Migration20261201500010 } from './Migration20261201500010';
import { Migration20261201500011 } from './Migration20261201500011';

export const migrations = migrationList(
  Migration20261121000001,
  Migration20261121000002,
  Migration20261201000001,
  Migration20261201500010,
  Migration20261201500011,
);
