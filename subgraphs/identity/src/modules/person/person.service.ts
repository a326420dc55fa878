// Reading people by NIK. Every person an agency knows is in the graph: identity's own people first (accounts,
// the seed), and for the NIKs it does not know, one batched question per agency (`POST /internal/people`), so
// that someone known only to Taspen or only to BPJS TK — a BPU registrant just paid, an employer's worker — is
// found at once, with or without a hub account. For a list it stays one statement per subgraph, so the number of
// SQL statements does not grow with the number of NIKs (federation then fetches each agency's part in one batch too).
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Platform } from '#platform/runtime';
import { BadInputError, ForbiddenError, ServiceUnavailableError, UnauthenticatedError } from '#platform/errors';
import { ConsentRequiredError } from '#domain/errors';
import { requireNik } from '#domain/require-identifiers';
import type { IdentityContext } from '../../context';
import type { AgencyDirectory } from '../agency/agency-check.client';
import { Agency } from '../common/enums';
import { PersonRecord } from './person.entity';
import type { Person } from './person.type';
import { toPerson } from './person.view';

export const MAX_PEOPLE_PER_READ = 100;

export interface KnownPersonRecord {
  nik: string;
  fullName: string;
  birthDate: string;
}

/** What a person read needs of its request. */
export type PersonRequest = Pick<IdentityContext, 'caller' | 'accessPurpose' | 'loaders'>;

/** Agencies asked for the NIKs identity does not know, in this order (the first one that knows a NIK names the person). */
const AGENCIES: readonly Agency[] = [Agency.TASPEN, Agency.BPJSTK];

const STATE_PURPOSE = 'Staff must state the purpose of this access in the X-Access-Purpose header.';

/** Anyone identity or an agency knows, by NIK, for one request (built with its loaders, context.ts). */
export function knownPeopleLoader(em: EntityManager, agencies: AgencyDirectory | null, log?: Platform['log']) {
  return new DataLoader<string, KnownPersonRecord | null>(async (niks) => {
    const own = await em.getRepository(PersonRecord).byNiks(niks);
    const found = new Map<string, KnownPersonRecord>(own.map((p) => [p.nik, { nik: p.nik, fullName: p.fullName, birthDate: p.birthDate }]));
    const unknown = niks.filter((nik) => !found.has(nik));
    if (unknown.length && agencies) {
      const answers = await Promise.all(
        AGENCIES.map(async (agency) => {
          try {
            return await agencies.people(agency, unknown);
          } catch (error) {
            // That agency is down: its own block reports SERVICE_UNAVAILABLE; the other may still know the person.
            if (!(error instanceof ServiceUnavailableError)) throw error;
            log?.warn({ agency }, 'people directory unavailable');
            return [];
          }
        }),
      );
      for (const people of answers) for (const person of people) if (!found.has(person.nik)) found.set(person.nik, person);
    }
    return niks.map((nik) => found.get(nik) ?? null);
  });
}

export class PersonService {
  /**
   * Reading a person by NIK: staff, stating their purpose in the `X-Access-Purpose` header
   * (FORBIDDEN without it), a participant or kiosk session for their own NIK (another NIK is FORBIDDEN),
   * or a partner under an active consent of the person (CONSENT_REQUIRED without one).
   * Which fields each caller then sees is decided by the shield rules.
   */
  async person(scope: PersonRequest, rawNik: string): Promise<Person | null> {
    const nik = requireNik('nik', rawNik).nik;
    const { caller } = scope;
    if (caller.kind === 'anonymous') throw new UnauthenticatedError();
    if (caller.kind === 'staff') {
      if (!scope.accessPurpose) throw new ForbiddenError(STATE_PURPOSE);
    } else if (caller.kind === 'partner') {
      // Without any active consent the partner learns nothing, not even whether the person exists.
      if ((await scope.loaders.consentByNik.load(nik)).scopes.length === 0) throw new ConsentRequiredError('any of their data');
    } else if ((caller.kind !== 'participant' && caller.kind !== 'kiosk') || caller.nik !== nik) {
      throw new ForbiddenError('You may only read your own data.');
    }
    const record = await scope.loaders.knownPersonByNik.load(nik);
    return record ? toPerson(record) : null;
  }

  /** People in the order of `niks`; null for a NIK the hub does not know. Staff only, with a stated purpose. */
  async people(scope: PersonRequest, rawNiks: readonly string[]): Promise<Array<Person | null>> {
    if (scope.caller.kind === 'anonymous') throw new UnauthenticatedError();
    if (scope.caller.kind !== 'staff') throw new ForbiddenError('Only staff may read lists of people.');
    if (!scope.accessPurpose) throw new ForbiddenError(STATE_PURPOSE);
    if (rawNiks.length > MAX_PEOPLE_PER_READ) throw new BadInputError('niks', `At most ${MAX_PEOPLE_PER_READ} NIKs per request.`);
    const niks = rawNiks.map((nik) => requireNik('niks', nik).nik);
    const records = await scope.loaders.knownPersonByNik.loadMany(niks);
    return records.map((record) => {
      if (record instanceof Error) throw record;
      return record ? toPerson(record) : null;
    });
  }
}
