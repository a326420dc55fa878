// The people identity knows (table person).
import { EntityRepository } from '@mikro-orm/postgresql';
import { sqlOf } from '#platform/db/sql';
import type { PersonRecord } from './person.entity';

export class PersonRepository extends EntityRepository<PersonRecord> {
  byNiks(niks: readonly string[]): Promise<PersonRecord[]> {
    return this.find({ nik: { $in: [...niks] } });
  }

  /**
   * Creates the person from an agency's record (inside the caller's transaction). A person already known
   * keeps their name: a registration never rewrites who someone is. Raw SQL for `on conflict do nothing`,
   * which the ORM's upsert cannot say without overwriting.
   */
  async insertIfNew(person: { nik: string; fullName: string; birthDate: string; gender: 'M' | 'F' }): Promise<void> {
    await sqlOf(this.em)(
      `insert into identity.person (nik, full_name, birth_date, gender) values (?, ?, ?, ?)
       on conflict (nik) do nothing`,
      [person.nik, person.fullName, person.birthDate, person.gender],
    );
  }
}
