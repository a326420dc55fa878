// Demo data of the bpjstk schema: the personas' BPJS TK records.
import type { EntityManager } from '@mikro-orm/postgresql';
import { personas } from '#platform/seed/personas';
import { BpjsTkParticipantRecord } from './modules/participant/participant.entity';

export async function seedBpjsTk(em: EntityManager): Promise<void> {
  if ((await em.count(BpjsTkParticipantRecord)) > 0) return;
  for (const person of personas.people) {
    if (!person.bpjsTk) continue;
    em.create(BpjsTkParticipantRecord, {
      kpj: person.bpjsTk.kpj,
      nik: person.nik,
      fullName: person.fullName,
      birthDate: person.birthDate,
      membership: person.bpjsTk.membership,
      status: person.bpjsTk.status,
      inactiveSince: person.bpjsTk.inactiveSince ?? null,
      employer: person.bpjsTk.employer ?? null,
    });
  }
  await em.flush();
}
