import type { EntityManager } from '@mikro-orm/postgresql';
import { PersonRecord } from './person.entity';

export class PersonRepository {
  constructor(private readonly em: EntityManager) {}

  findByNiks(niks: readonly string[]): Promise<PersonRecord[]> {
    return this.em.find(PersonRecord, { nik: { $in: [...niks] } });
  }
}
