// Every person an agency knows is in the graph: identity's own people first (accounts, the seed), and
// for the NIKs it does not know, one batched question per agency (`POST /internal/people`), so that
// someone known only to Taspen or only to BPJS TK — a BPU registrant just paid, an employer's worker —
// is found at once, with or without a hub account. For a list it stays one statement per subgraph.
import DataLoader from 'dataloader';
import type { Platform } from '#platform/runtime';
import { ServiceUnavailableError } from '#platform/errors';
import type { AgencyDirectory } from '../agency/agency-check.client';
import { Agency } from '../common/enums';
import type { PersonRepository } from './person.repository';

export interface KnownPersonRecord {
  nik: string;
  fullName: string;
  birthDate: string;
}

/** Agencies asked for the NIKs identity does not know, in this order (the first one that knows a NIK names the person). */
const AGENCIES: readonly Agency[] = [Agency.TASPEN, Agency.BPJSTK];

export function knownPeopleLoader(persons: PersonRepository, agencies: AgencyDirectory | null, log?: Platform['log']) {
  return new DataLoader<string, KnownPersonRecord | null>(async (niks) => {
    const own = await persons.findByNiks(niks);
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
