// The per-request state of the identity service: the caller, an EntityManager fork and DataLoaders
// (data only: the services are built once per process, services.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Caller } from '#platform/auth/caller';
import { entityManagerQueryable } from '#platform/db/sql';
import { createReadLog, type ReadLog } from '#domain/read-log';
import { localAccessLog } from '#platform/audit/access-log';
import type { Queryable } from '#platform/audit/audit-verify';
import { NO_CONSENT, type ConsentGrant } from '#platform/auth/consent-lookup';
import type { BaseContext } from '#platform/context';
import { loaderByKey } from '#platform/db/loaders';
import type { Platform } from '#platform/runtime';
import { AccountRecord } from './modules/account/account.entity';
import type { AgencyDirectory } from './modules/agency/agency-check.client';
import { PersonRecord } from './modules/person/person.entity';
import { knownPeopleLoader } from './modules/person/person.service';
import { activeGrants } from './modules/consent/consent.service';
import { PartnerRecord } from './modules/partner/partner.entity';

export interface IdentityContext extends BaseContext {
  em: EntityManager;
  loaders: ReturnType<typeof createLoaders>;
  /** pg-style queries on the request's EntityManager (access log, outbox counts). */
  db: Queryable;
  /** Reads of someone else's data, written to the access log in one batch per tick. */
  readLog: ReadLog;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createLoaders(em: EntityManager, caller: Caller = { kind: 'anonymous' }, agencies: AgencyDirectory | null = null, log?: Platform['log']) {
  const persons = em.getRepository(PersonRecord);
  return {
    partnerById: loaderByKey((ids: readonly string[]) => em.find(PartnerRecord, { id: { $in: [...ids] } }), 'id'),
    /** The calling partner's active consents by NIK, as the person gave them (this request only; the policy checks the token). */
    consentByNik: new DataLoader<string, ConsentGrant>(async (niks) => {
      if (caller.kind !== 'partner') return niks.map(() => NO_CONSENT);
      const grants = await activeGrants(em, caller.partnerId, niks);
      return niks.map((nik) => {
        const grant = grants[nik];
        return grant ? { scopes: grant.scopes, purpose: grant.purpose } : NO_CONSENT;
      });
    }),
    personByNik: loaderByKey((niks: readonly string[]) => persons.byNiks(niks), 'nik'),
    /** Anyone identity or an agency knows (modules/person/person.service.ts). */
    knownPersonByNik: knownPeopleLoader(em, agencies, log),
    // A token's account id that is not a uuid matches no account (and must not reach a uuid column).
    accountById: loaderByKey((ids: readonly string[]) => em.find(AccountRecord, { id: { $in: ids.filter((id) => UUID.test(id)) } }), 'id'),
  };
}

/** The identity context of one request (built by service.ts). */
export function createIdentityContext(base: BaseContext, em: EntityManager, platform: Platform, agencies: AgencyDirectory): IdentityContext {
  return {
    ...base,
    em,
    loaders: createLoaders(em, base.caller, agencies, platform.log),
    db: entityManagerQueryable(em),
    readLog: createReadLog(localAccessLog(em), base.gatewayRequestId ?? null),
  };
}
