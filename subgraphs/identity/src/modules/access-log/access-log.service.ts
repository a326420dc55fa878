// A person's access log, a page at a time, and identity's own profile fields of a person, each read by someone
// other than the person written to the log. Built once per process (services.ts); each call gets the request's scope.
import { authorizeRead, logRead } from '#domain/access-policy';
import { commonAction } from '#domain/read-log';
import { readAccessLog } from '#platform/audit/audit-reader';
import { BadInputError } from '#platform/errors';
import type { IdentityContext } from '../../context';
import type { Person } from '../person/person.type';
import { accessLogAccess, profileAccess } from './access-log.rules';
import { AccessLogActorKind, type AccessLogConnection } from './access-log.type';

/** What an access-log or profile read needs of its request. */
export type AccessLogScope = Pick<IdentityContext, 'caller' | 'accessPurpose' | 'loaders' | 'readLog' | 'db'>;

const MAX_PAGE = 100;
const SHOWN_KINDS = Object.values(AccessLogActorKind);

export interface PersonProfile {
  fullName: string | null;
  birthDate: string | null;
}

export class AccessLogService {
  /** Who read the person's data, newest first; an auditor's read of it is logged too. */
  async page(scope: AccessLogScope, nik: string, first: number, after: string | null): Promise<AccessLogConnection> {
    const answer = accessLogAccess(scope, nik);
    if (answer !== true) throw answer;
    if (scope.caller.kind === 'staff') {
      await logRead(scope.readLog, scope.caller, { nik, action: 'READ_ACCESS_LOG', fields: ['identity.accessLog'], statedPurpose: scope.accessPurpose });
    }
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw new BadInputError('first', `first must be from 1 to ${MAX_PAGE}.`);
    if (after != null && !/^\d{1,18}$/.test(after)) throw new BadInputError('after', 'after is not a cursor of this list.');
    const page = await readAccessLog(scope.db, { subjectNik: nik, actorKinds: SHOWN_KINDS, first, beforeId: after });
    const endCursor = page.records.at(-1)?.id ?? null;
    return {
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor },
      nodes: page.records.map((row) => ({
        at: row.at,
        actorKind: row.actorKind as AccessLogActorKind,
        actorName: row.actorName,
        purpose: row.purpose,
        fields: row.fields,
        action: row.actions.reduce(commonAction),
      })),
      hasNextPage: page.hasNextPage,
      endCursor,
    };
  }

  /** identity's profile of the person, after the access check; `field` (`identity.fullName`) goes in the access log. */
  async profile(scope: AccessLogScope, person: Person, field: string): Promise<PersonProfile | null> {
    const decision = await profileAccess(scope, person.nik);
    if (decision !== true) throw decision;
    const consent = scope.caller.kind === 'partner' ? await scope.loaders.consentByNik.load(person.nik) : null;
    const answer = await authorizeRead(scope, 'IDENTITY', person.nik, 'profile', { action: 'READ_IDENTITY_PROFILE', fields: [field], consent });
    if (answer !== true) throw answer;
    if (person.fullName !== undefined) return { fullName: person.fullName ?? null, birthDate: person.birthDate ?? null };
    const record = await scope.loaders.personByNik.load(person.nik);
    return record ? { fullName: record.fullName, birthDate: record.birthDate } : null;
  }
}
