// Demo data of the identity schema: every persona of personas.json (and generated people on request).
import type { EntityManager } from '@mikro-orm/postgresql';
import { personas } from '#platform/seed/personas';
import { PersonRecord } from './modules/person/person.entity';

export async function seedIdentity(em: EntityManager): Promise<void> {
  if ((await em.count(PersonRecord)) > 0) return;
  for (const person of personas.people) {
    em.create(PersonRecord, {
      nik: person.nik,
      fullName: person.fullName,
      birthDate: person.birthDate,
      gender: person.gender,
      createdAt: new Date(),
    });
  }
  await em.flush();
}
