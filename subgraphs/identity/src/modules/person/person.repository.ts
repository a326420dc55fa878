import type { EntityManager } from '@mikro-orm/postgresql';
import { PersonRecord } from './person.entity';

export class PersonRepository {
  constructor(private readonly em: EntityManager) {}

  findByNiks(niks: readonly string[]): Promise<PersonRecord[]> {
    return this.em.find(PersonRecord, { nik: { $in: [...niks] } });
  }

  /** Creates or refreshes the person from an agency's record (inside the caller's transaction). */
  async upsert(person: { nik: string; fullName: string; birthDate: string; gender: 'M' | 'F' }): Promise<void> {
    await this.em.getConnection().execute(
      `insert into identity.person (nik, full_name, birth_date, gender) values (?, ?, ?, ?)
       on conflict (nik) do update set full_name = excluded.full_name, birth_date = excluded.birth_date, gender = excluded.gender`,
      [person.nik, person.fullName, person.birthDate, person.gender], 'run', this.em.getTransactionContext(),
    );
  }
}
