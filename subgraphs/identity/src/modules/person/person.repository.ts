import type { EntityManager } from '@mikro-orm/postgresql';
import { PersonRecord } from './person.entity';

export class PersonRepository {
  constructor(private readonly em: EntityManager) {}

  findByNiks(niks: readonly string[]): Promise<PersonRecord[]> {
    return this.em.find(PersonRecord, { nik: { $in: [...niks] } });
  }

  /**
   * Creates the person from an agency's record (inside the caller's transaction). A person already known
   * keeps their name: a registration never rewrites who someone is.
   */
  async upsert(person: { nik: string; fullName: string; birthDate: string; gender: 'M' | 'F' }): Promise<void> {
    await this.em.getConnection().execute(
      `insert into identity.person (nik, full_name, birth_date, gender) values (?, ?, ?, ?)
       on conflict (nik) do nothing`,
      [person.nik, person.fullName, person.birthDate, person.gender],
      'run',
      this.em.getTransactionContext(),
    );
  }
}
