// Every migration of the bpjstk schema, in order. New ones are appended here.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121000001 } from './Migration20261121000001';
import { Migration20261122000001 } from './Migration20261122000001';
import { Migration20261201000001 } from './Migration20261201000001';
import { Migration20261201000011 } from './Migration20261201000011';
import { Migration20261201500020 } from './Migration20261201500020';
import { Migration20261201500021 } from './Migration20261201500021';

export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000001', class: Migration20261121000001 },
  { name: 'Migration20261122000001', class: Migration20261122000001 },
  { name: 'Migration20261201000001', class: Migration20261201000001 },
  { name: 'Migration20261201000011', class: Migration20261201000011 },
  { name: 'Migration20261201500020', class: Migration20261201500020 },
  { name: 'Migration20261201500021', class: Migration20261201500021 },
];
