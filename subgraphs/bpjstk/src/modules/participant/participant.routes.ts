// The participant register's internal routes: identity's check of a stated identity against the BPJS
// Ketenagakerjaan record (#domain/identity-check: the KPJ and membership, when stated, must be the record's
// too) and the people directory (`POST /internal/people`, identity's batched question for unknown NIKs).
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { mountIdentityCheckRoute } from '#domain/identity-check';
import { mountPeopleDirectoryRoute } from '#platform/http/people-directory';
import type { Platform } from '#platform/runtime';
import { BpjsTkParticipantRecord, isTrustedRecord } from './participant.entity';

export function mountParticipantRoutes(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
  mountIdentityCheckRoute(app, deps, {
    // Only a record from BPJS TK's own register, or a self-registration an officer verified, proves anything.
    findByNik: async (em, nik) => {
      const record = await em.getRepository(BpjsTkParticipantRecord).byNik(nik);
      return record && isTrustedRecord(record) ? record : null;
    },
    numbersMatch: (claim, record) => (!claim.kpj || claim.kpj === record.kpj) && (!claim.membership || claim.membership === record.membership),
  });
  mountPeopleDirectoryRoute(app, deps, (em, niks) => em.getRepository(BpjsTkParticipantRecord).byNiks(niks));
}
