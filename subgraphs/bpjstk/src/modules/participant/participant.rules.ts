// Who may read which part of a person's BPJS TK record: the hub's one access policy
// (#domain/access-policy) for the owner BPJSTK. Returns true or the error to show. The shield rules
// (schema.ts) decide through `authorizeRead` with what `participantRead` names, which also logs reads by others.
import type { Caller } from '#platform/auth/caller';
import type { ConsentScopeName as ConsentScope } from '#domain/consent-scope';
import { decideRead, decideRecord, SCOPE_OF_GROUP, STAFF_READERS } from '#domain/access-policy';
import { hasRole } from '#platform/auth/caller';
import type { HubError } from '#platform/errors';

/** `statement` is the yearly ledger: a balance detail, beyond the overview a kiosk session shows. */
export type FieldGroup = 'profile' | 'cards' | 'balances' | 'statement' | 'claims' | 'queue';

export const CONSENT_SCOPE_OF: Record<FieldGroup, ConsentScope | null> = {
  profile: SCOPE_OF_GROUP.profile,
  cards: SCOPE_OF_GROUP.cards,
  balances: SCOPE_OF_GROUP.balances,
  statement: SCOPE_OF_GROUP.statement,
  claims: SCOPE_OF_GROUP.claims,
  queue: SCOPE_OF_GROUP.queue,
};

/** Staff roles that read BPJS TK records (officers of the other agency and auditors do not). */
export const BPJSTK_READERS = STAFF_READERS.BPJSTK;

export function isBpjsTkReader(caller: Caller): boolean {
  return hasRole(caller, ...BPJSTK_READERS);
}

/** Partners read a group only under the person's active consent to its scope (`consentScopes`) and their token's. */
export function participantAccess(caller: Caller, nik: string, group: FieldGroup, consentScopes: readonly ConsentScope[] = []): true | HubError {
  const decision = decideRead(caller, 'BPJSTK', nik, group, { consentScopes });
  return decision.allowed ? true : decision.error;
}

const GROUPS = Object.keys(CONSENT_SCOPE_OF) as FieldGroup[];

/** The record object itself: what `profile` allows, except that a partner gets it with consent to any group. */
export function recordAccess(caller: Caller, nik: string, consentScopes: readonly ConsentScope[] = []): true | HubError {
  const decision = decideRecord(caller, 'BPJSTK', nik, GROUPS, { consentScopes });
  return decision.allowed ? true : decision.error;
}

const FIELDS: Record<FieldGroup | 'record', string[]> = {
  record: ['bpjsTk.kpj', 'bpjsTk.membership', 'bpjsTk.status'],
  profile: ['bpjsTk.kpj', 'bpjsTk.membership', 'bpjsTk.status', 'bpjsTk.employer', 'bpjsTk.inactiveSince', 'bpjsTk.memberSince', 'bpjsTk.source'],
  cards: ['bpjsTk.card'],
  balances: ['bpjsTk.jhtBalance'],
  statement: ['bpjsTk.jhtStatement'],
  claims: ['bpjsTk.claims', 'bpjsTk.jhtClaimEligibility'],
  queue: ['bpjsTk.queueTickets'],
};

/**
 * The read of `group` (or of the record object) as the access policy and the access log see it: the field
 * being read (`bpjsTk.card`); the record itself (Person.bpjsTk) names none, its fields do.
 */
export function participantRead(group: FieldGroup | 'record', field?: string) {
  return {
    group: group === 'record' ? ('profile' as const) : group,
    action: `READ_BPJSTK_${group.toUpperCase()}`,
    fields: group === 'record' ? [] : field ? [`bpjsTk.${field}`] : FIELDS[group],
    record: group === 'record' ? GROUPS : undefined,
  };
}
