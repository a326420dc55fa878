// Identity's check of a stated identity against the BPJS Ketenagakerjaan record (see
// platform/http/identity-check.ts): the KPJ and membership, when stated, must be the record's too.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { mountIdentityCheckRoute } from '#platform/http/identity-check';
import type { Platform } from '#platform/runtime';
import { BpjsTkParticipantRecord } from './participant.entity';

export function mountIdentityCheck(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
  mountIdentityCheckRoute(app, deps, {
    findByNik: (em, nik) => em.findOne(BpjsTkParticipantRecord, { nik }),
    numbersMatch: (claim, record) =>
      (!claim.kpj || claim.kpj === record.kpj) && (!claim.membership || claim.membership === record.membership),
  });
}
