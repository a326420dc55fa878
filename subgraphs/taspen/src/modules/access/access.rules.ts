// Who may read which part of a person's Taspen data: the hub's one access policy
// (subgraphs/domain/access-policy.ts) for the owner TASPEN. The shield rules in schema.ts apply it per
// field group (authorizeRead); decidePersonAccess is the same decision, pure, for this module's unit tests.
import type { Caller } from '#platform/auth/caller';
import type { ConsentScopeName as ConsentScope } from '#domain/consent-scope';
import { decideRead, STAFF_READERS, type ReadDecision } from '#domain/access-policy';

export type TaspenFieldGroup = 'profile' | 'cards' | 'balances' | 'submissions';

export type AccessDecision = ReadDecision;

export interface AccessFacts {
  /** Scopes of the person's active consents to the calling partner. */
  consentScopes?: readonly ConsentScope[] | null;
  nowSeconds?: number;
}

/** Staff who may read Taspen participants' data. */
export const TASPEN_STAFF_ROLES = STAFF_READERS.TASPEN;

export function decidePersonAccess(caller: Caller, nik: string, group: TaspenFieldGroup, facts: AccessFacts = {}): AccessDecision {
  return decideRead(caller, 'TASPEN', nik, group, { consentScopes: facts.consentScopes ?? [], nowSeconds: facts.nowSeconds });
}
