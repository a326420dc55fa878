// Generated people (`npm run seed -- --people N`) in the identity schema: one COPY per batch.
import type { ClientBase } from 'pg';
import { copyNewRows, type CopyColumns } from '#platform/seed/copy';
import type { GeneratedPerson } from '#domain/seed/generator';

/** Columns written for each generated person (one line each, so that adding one is one line). */
const COLUMNS: CopyColumns<GeneratedPerson> = [
  ['nik', (p) => p.nik],
  ['full_name', (p) => p.fullName],
  ['birth_date', (p) => p.birthDate],
  ['gender', (p) => p.gender],
];

export async function seedGeneratedPersons(people: readonly GeneratedPerson[], db: Pick<ClientBase, 'query'>): Promise<number> {
  return (await copyNewRows(db, '"identity"."person"', COLUMNS, 'nik', people)).length;
}
