// Demo data of the taspen schema: the personas' Taspen records.
import type { EntityManager } from '@mikro-orm/postgresql';
import { personas } from '#platform/seed/personas';
import { TaspenParticipantRecord } from './modules/participant/participant.entity';

export async function seedTaspen(em: EntityManager): Promise<void> {
  if ((await em.count(TaspenParticipantRecord)) > 0) return;
  for (const person of personas.people) {
    if (!person.taspen) continue;
    em.create(TaspenParticipantRecord, {
      nip: person.taspen.nip,
      nik: person.nik,
      fullName: person.fullName,
      birthDate: person.birthDate,
      employer: person.taspen.employer,
      status: person.taspen.status,
      appointedOn: person.taspen.appointedOn,
      thtBalance: person.taspen.thtBalance,
      thtBalanceAsOf: '2026-10-31',
    });
  }
  await em.flush();
}
