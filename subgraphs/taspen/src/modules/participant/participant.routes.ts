// The participant register's internal routes: identity's check of a stated identity against the Taspen record
// (#domain/identity-check: the NIP, when stated, must be the record's too) and the people directory
// (`POST /internal/people`, identity's batched question for the NIKs it does not know).
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { mountIdentityCheckRoute } from '#domain/identity-check';
import { mountPeopleDirectoryRoute } from '#platform/http/people-directory';
import type { Platform } from '#platform/runtime';
import { TaspenParticipantRecord } from './participant.entity';

export function mountParticipantRoutes(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
  mountIdentityCheckRoute(app, deps, {
    findByNik: (em, nik) => em.findOne(TaspenParticipantRecord, { nik }),
    numbersMatch: (claim, record) => !claim.nip || claim.nip === record.nip,
  });
  mountPeopleDirectoryRoute(app, deps, (em, niks) => em.getRepository(TaspenParticipantRecord).findByNiks(niks));
}
