// Generated civil servants (`npm run seed -- --people N`) in the taspen schema: one bulk insert per batch.
import type { ClientBase } from 'pg';
import { GENERATED_AS_OF, type GeneratedPerson } from '#platform/seed/generator';

export async function seedGeneratedParticipants(people: readonly GeneratedPerson[], db: Pick<ClientBase, 'query'>): Promise<number> {
  const servants = people.filter((p) => p.taspen);
  if (!servants.length) return 0;
  const column = <T>(read: (p: GeneratedPerson) => T) => servants.map(read);
  const result = await db.query(
    `insert into "taspen"."participant"
       ("nip", "nik", "full_name", "birth_date", "employer", "status", "appointed_on", "tht_balance", "tht_balance_as_of")
     select nip, nik, full_name, birth_date, employer, status, appointed_on, tht_balance, $9::date
     from unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[], $7::date[], $8::bigint[])
       as t(nip, nik, full_name, birth_date, employer, status, appointed_on, tht_balance)
     on conflict do nothing`,
    [
      column((p) => p.taspen!.nip),
      column((p) => p.nik),
      column((p) => p.fullName),
      column((p) => p.birthDate),
      column((p) => p.taspen!.employer),
      column((p) => p.taspen!.status),
      column((p) => p.taspen!.appointedOn),
      column((p) => p.taspen!.thtBalance),
      GENERATED_AS_OF,
    ],
  );
  return result.rowCount ?? 0;
}
