// Generated civil servants (`npm run seed -- --people N`) in the taspen schema: one COPY per batch.
import type { ClientBase } from 'pg';
import { copyNewRows, type CopyColumns } from '#platform/seed/copy';
import { GENERATED_AS_OF, type GeneratedPerson } from '#domain/seed/generator';

/** Columns written for each generated civil servant (one line each, so that adding one is one line). */
const COLUMNS: CopyColumns<GeneratedPerson> = [
  ['nip', (p) => p.taspen!.nip],
  ['nik', (p) => p.nik],
  ['full_name', (p) => p.fullName],
  ['birth_date', (p) => p.birthDate],
  ['employer', (p) => p.taspen!.employer],
  ['status', (p) => p.taspen!.status],
  ['appointed_on', (p) => p.taspen!.appointedOn],
  ['tht_balance', (p) => p.taspen!.thtBalance],
  ['tht_balance_as_of', () => GENERATED_AS_OF],
];

export async function seedGeneratedParticipants(people: readonly GeneratedPerson[], db: Pick<ClientBase, 'query'>): Promise<number> {
  const servants = people.filter((p) => p.taspen);
  return (await copyNewRows(db, '"taspen"."participant"', COLUMNS, 'nik', servants)).length;
}
