// Every migration of the identity schema, in order. New ones are appended here.
import { migrationList } from '#platform/db/migration-list';
import { Migration20261121000001 } from './Migration20261121000001';
import { Migration20261121000002 } from './Migration20261121000002';
import { Migration20261123000001 } from './Migration20261123000001';
import { Migration20261201000001 } from './Migration20261201000001';
import { Migration20261201000011 } from './Migration20261201000011';
import { Migration20261201500030 } from './Migration20261201500030';

export const migrations = migrationList(
  Migration20261121000001,
  Migration20261121000002,
  Migration20261123000001,
  Migration20261201000001,
  Migration20261201000011,
  Migration20261201500030,
);
