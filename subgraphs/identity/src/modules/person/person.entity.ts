import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { PersonRepository } from './person.repository';

/** A person the hub knows, keyed by NIK (the population register's number). */
@Entity({ tableName: 'person', repository: () => PersonRepository })
export class PersonRecord {
  [EntityRepositoryType]?: PersonRepository;

  @PrimaryKey({ type: 'string', length: 16 }) nik!: string;
  @Property({ type: 'string', length: 200 }) fullName!: string;
  @Property({ type: 'date' }) birthDate!: string;
  @Property({ type: 'string', length: 1 }) gender!: 'M' | 'F';
  @Property({ type: 'datetime', defaultRaw: 'now()' }) createdAt: Date = new Date();
}
