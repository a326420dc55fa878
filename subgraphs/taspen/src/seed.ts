// Demo data of the taspen schema: the personas' Taspen records and their KPT cards (fixed issue date).
import type { EntityManager } from '@mikro-orm/postgresql';
import { ensureCard } from '#domain/cards/cards';
import { personas } from '#domain/seed/personas';
import { TaspenParticipantRecord } from './modules/participant/participant.entity';

/** The personas' cards were issued on this date (any fixed date keeps their codes stable). */
export const PERSONA_CARD_ISSUED_AT = '2024-01-15';

export async function seedTaspen(em: EntityManager): Promise<void> {
  if ((await em.count(TaspenParticipantRecord)) === 0) {
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
  for (const person of personas.people) {
    if (!person.taspen) continue;
    await ensureCard(em, {
      agency: 'TASPEN',
      number: person.taspen.cardNumber,
      nik: person.nik,
      holderName: person.fullName,
      issuedAt: PERSONA_CARD_ISSUED_AT,
    });
  }
}
