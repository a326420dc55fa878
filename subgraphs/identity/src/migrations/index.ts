// Every migration of the identity schema, in order. New ones are appended here.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121000001 } from './Migration20261121000001';
import { Migration20261121000002 } from './Migration20261121000002';
import { Migration20261123000001 } from './Migration20261123000001';
import { Migration20261201000001 } from './Migration20261201000001';
import { Migration20261201000011 } from './Migration20261201000011';
import { Migration20261201500030 } from './Migration20261201500030';

export const migrations: MigrationObject[] = [
  { name: 'Migration20261121000001', class: Migration20261121000001 },
  { name: 'Migration20261121000002', class: Migration20261121000002 },
  { name: 'Migration20261123000001', class: Migration20261123000001 },
  { name: 'Migration20261201000001', class: Migration20261201000001 },
  { name: 'Migration20261201000011', class: Migration20261201000011 },
  { name: 'Migration20261201500030', class: Migration20261201500030 },
];
