// Every migration of the bpjstk schema, in order. New ones are appended here.
import { migrationList } from '#platform/db/migration-list';
import { Migration20261121000001 } from './Migration20261121000001';
import { Migration20261122000001 } from './Migration20261122000001';
import { Migration20261201000001 } from './Migration20261201000001';
import { Migration20261201000011 } from './Migration20261201000011';
import { Migration20261201500020 } from './Migration20261201500020';
import { Migration20261201500021 } from './Migration20261201500021';

export const migrations = migrationList(
  Migration20261121000001,
  Migration20261122000001,
  Migration20261201000001,
  Migration20261201000011,
  Migration20261201500020,
  Migration20261201500021,
);
