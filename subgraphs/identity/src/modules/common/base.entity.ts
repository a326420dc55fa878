// The columns most identity records share, as in the MikroORM guide's BaseEntity: a random UUID as the key and
// the instant the row was made.
import { randomUUID } from 'node:crypto';
import { PrimaryKey, Property } from '@mikro-orm/core';

export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
}
