// What a partner may read of a person right now: the scopes of the person's active consents to that
// partner, asked from identity with a signed internal call (`POST /internal/consents`), batched per
// request by a DataLoader and never cached across requests (a revocation counts from the next one).
// These are the scopes the person consented to; the access policy also requires the partner's token to
// carry a scope (a narrowed token is FORBIDDEN, a missing consent CONSENT_REQUIRED).
import DataLoader from 'dataloader';
import { ServiceUnavailableError } from '../errors';
import { InternalClient } from '../http/internal';
import type { Platform } from '../runtime';
import type { Caller } from './caller';

export const CONSENTS_PATH = '/internal/consents';

export interface ConsentGrant {
  scopes: string[];
  /** The purpose the person agreed to (several consents: joined with "; "); null without consent. */
  purpose: string | null;
}

export interface ConsentsRequest {
  partnerId: string;
  niks: string[];
}

export interface ConsentsResponse {
  scopesByNik: Record<string, ConsentGrant>;
}

export const NO_CONSENT: ConsentGrant = { scopes: [], purpose: null };

export type ConsentLoader = DataLoader<string, ConsentGrant>;

/** Per-request loader of the calling partner's consents by NIK; other callers get no consent. */
export function consentLoader(platform: Pick<Platform, 'serviceUrls' | 'config'>, caller: Caller): ConsentLoader {
  const client = new InternalClient(
    () => {
      const url = platform.serviceUrls.identity;
      if (!url) throw new ServiceUnavailableError('The identity service');
      return url;
    },
    platform.config.internalServiceSecret,
    'identity',
  );
  return new DataLoader<string, ConsentGrant>(
    async (niks) => {
      if (caller.kind !== 'partner') return niks.map(() => NO_CONSENT);
      const answer = await client.post<ConsentsResponse>(CONSENTS_PATH, { partnerId: caller.partnerId, niks: [...niks] } satisfies ConsentsRequest);
      return niks.map((nik) => {
        const grant = answer.scopesByNik[nik];
        if (!grant) return NO_CONSENT;
        return { scopes: grant.scopes, purpose: grant.purpose };
      });
    },
    { cache: true },
  );
}
