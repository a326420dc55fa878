// Generated civil servants (`npm run seed -- --people N`) in the taspen schema: one COPY per batch.
import type { ClientBase } from 'pg';
import { copyRows, existingKeys, type CopyValue } from '#platform/seed/copy';
import { GENERATED_AS_OF, type GeneratedPerson } from '#domain/seed/generator';

/** Columns written for each generated civil servant (one line each, so that adding one is one line). */
const COLUMNS: ReadonlyArray<readonly [string, (p: GeneratedPerson) => CopyValue]> = [
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
  if (!servants.length) return 0;
  const taken = await existingKeys(
    db,
    '"taspen"."participant"',
    'nik',
    servants.map((p) => p.nik),
  );
  const fresh = servants.filter((p) => !taken.has(p.nik));
  return copyRows(
    db,
    '"taspen"."participant"',
    COLUMNS.map(([name]) => name),
    fresh.map((p) => COLUMNS.map(([, read]) => read(p))),
  );
}
