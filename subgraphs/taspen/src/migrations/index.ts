// Every migration of the taspen schema, in order. New ones are appended here.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121000001 } from './Migration20261121000001';
import { Migration20261121000002 } from './Migration20261121000002';
import { Migration20261201000001 } from './Migration20261201000001';
import { Migration20261201500010 } from './Migration20261201500010';
import { Migration20261201500011 } from './Migration20261201500011';

export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000001', class: Migration20261121000001 },
  { name: 'Migration20261121000002', class: Migration20261121000002 },
  { name: 'Migration20261201000001', class: Migration20261201000001 },
  { name: 'Migration20261201500010', class: Migration20261201500010 },
  { name: 'Migration20261201500011', class: Migration20261201500011 },
];
