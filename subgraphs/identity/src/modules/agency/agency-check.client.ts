// Asking an agency whether a person's stated identity matches its record: a signed internal call
// to `POST /internal/identity-check` of the taspen or bpjstk service (never the public graph).
import { InternalClient } from '#platform/http/internal';
import { PEOPLE_DIRECTORY_PATH, type KnownPerson } from '#platform/http/people-directory';
import { ServiceUnavailableError } from '#platform/errors';
import type { Platform } from '#platform/runtime';
import type { Agency } from '../common/enums';

export interface IdentityClaim {
  nik: string;
  fullName: string;
  birthDate: string;
  nip?: string | null;
  kpj?: string | null;
  membership?: string | null;
}

/** The agency's answer: the record's own name, birth date and gender when everything matched. */
export type IdentityCheckResult = { match: true; fullName: string; birthDate: string; gender: 'M' | 'F' | null } | { match: false };

export interface AgencyDirectory {
  check(agency: Agency, claim: IdentityClaim): Promise<IdentityCheckResult>;
  /** Which of these NIKs the agency knows (`POST /internal/people`), with name and birth date. */
  people(agency: Agency, niks: readonly string[]): Promise<KnownPerson[]>;
}

const SERVICE = { TASPEN: 'taspen', BPJSTK: 'bpjstk' } as const;

export function agencyDirectory(platform: Platform): AgencyDirectory {
  const clients = Object.fromEntries(
    (Object.keys(SERVICE) as Agency[]).map((agency) => {
      const name = SERVICE[agency];
      const baseUrl = () => {
        const url = platform.serviceUrls[name];
        if (!url) throw new ServiceUnavailableError(`The ${name} service`);
        return url;
      };
      return [agency, new InternalClient(baseUrl, platform.config.internalServiceSecret, name)];
    }),
  ) as Record<Agency, InternalClient>;
  return {
    check: (agency, claim) => clients[agency].post<IdentityCheckResult>('/internal/identity-check', claim),
    people: async (agency, niks) => (await clients[agency].post<{ people: KnownPerson[] }>(PEOPLE_DIRECTORY_PATH, { niks })).people,
  };
}
