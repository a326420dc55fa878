// Generated people (`npm run seed -- --people N`) in the identity schema: one bulk insert per batch.
import type { ClientBase } from 'pg';
import type { GeneratedPerson } from '#platform/seed/generator';

export async function seedGeneratedPersons(people: readonly GeneratedPerson[], db: Pick<ClientBase, 'query'>): Promise<number> {
  const result = await db.query(
    `insert into "identity"."person" ("nik", "full_name", "birth_date", "gender")
     select * from unnest($1::text[], $2::text[], $3::date[], $4::text[])
     on conflict ("nik") do nothing`,
    [people.map((p) => p.nik), people.map((p) => p.fullName), people.map((p) => p.birthDate), people.map((p) => p.gender)],
  );
  return result.rowCount ?? 0;
}
