// Generated people (`npm run seed -- --people N`) in the identity schema: one COPY per batch.
import type { ClientBase } from 'pg';
import { copyRows, existingKeys, type CopyValue } from '#platform/seed/copy';
import type { GeneratedPerson } from '#domain/seed/generator';

/** Columns written for each generated person (one line each, so that adding one is one line). */
const COLUMNS: ReadonlyArray<readonly [string, (p: GeneratedPerson) => CopyValue]> = [
  ['nik', (p) => p.nik],
  ['full_name', (p) => p.fullName],
  ['birth_date', (p) => p.birthDate],
  ['gender', (p) => p.gender],
];

export async function seedGeneratedPersons(people: readonly GeneratedPerson[], db: Pick<ClientBase, 'query'>): Promise<number> {
  const taken = await existingKeys(
    db,
    '"identity"."person"',
    'nik',
    people.map((p) => p.nik),
  );
  const fresh = people.filter((p) => !taken.has(p.nik));
  return copyRows(
    db,
    '"identity"."person"',
    COLUMNS.map(([name]) => name),
    fresh.map((p) => COLUMNS.map(([, read]) => read(p))),
  );
}
