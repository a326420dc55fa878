// Identity's check of a stated identity against the BPJS Ketenagakerjaan record (see
// platform/http/identity-check.ts): the KPJ and membership, when stated, must be the record's too.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { mountIdentityCheckRoute } from '#domain/identity-check';
import type { Platform } from '#platform/runtime';
import { BpjsTkParticipantRecord, isTrustedRecord } from './participant.entity';

export function mountIdentityCheckRoutes(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
  mountIdentityCheckRoute(app, deps, {
    // Only a record from BPJS TK's own register, or a self-registration an officer verified, proves anything.
    findByNik: async (em, nik) => {
      const record = await em.findOne(BpjsTkParticipantRecord, { nik });
      return record && isTrustedRecord(record) ? record : null;
    },
    numbersMatch: (claim, record) => (!claim.kpj || claim.kpj === record.kpj) && (!claim.membership || claim.membership === record.membership),
  });
}
