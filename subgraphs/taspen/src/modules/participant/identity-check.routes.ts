// Identity's check of a stated identity against the Taspen record (see platform/http/identity-check.ts):
// the NIP, when stated, must be the record's too.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { mountIdentityCheckRoute } from '#domain/identity-check';
import type { Platform } from '#platform/runtime';
import { TaspenParticipantRecord } from './participant.entity';

export function mountIdentityCheckRoutes(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
  mountIdentityCheckRoute(app, deps, {
    findByNik: (em, nik) => em.findOne(TaspenParticipantRecord, { nik }),
    numbersMatch: (claim, record) => !claim.nip || claim.nip === record.nip,
  });
}
