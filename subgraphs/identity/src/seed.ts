// Demo data of the identity schema: every persona of personas.json, and (outside production) the staff.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '#platform/runtime';
import { personas } from '#domain/seed/personas';
import { PersonRecord } from './modules/person/person.entity';
import { seedDevelopmentStaff } from './modules/staff/staff.seed';

export async function seedIdentity(em: EntityManager, platform: Platform): Promise<void> {
  await seedDevelopmentStaff(em, platform.config);
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
