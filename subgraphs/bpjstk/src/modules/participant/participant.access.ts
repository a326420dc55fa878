// Who may read which part of a person's BPJS TK record: the one place that decides it.
// Shield rules and services both ask `participantAccess`; it returns true or the error to show.
import { hasRole, ownNik, steppedUp, type Caller, type ConsentScope } from '#platform/auth/caller';
import {
  ConsentRequiredError, ForbiddenError, StepUpRequiredError, UnauthenticatedError, type HubError,
} from '#platform/errors';

/** `statement` is the yearly ledger: a balance detail, beyond the overview a kiosk session shows. */
export type FieldGroup = 'profile' | 'cards' | 'balances' | 'statement' | 'claims' | 'queue';

export const CONSENT_SCOPE_OF: Record<FieldGroup, ConsentScope | null> = {
  profile: 'PROFILE_READ',
  cards: 'CARDS_READ',
  balances: 'BALANCES_READ',
  statement: 'BALANCES_READ',
  claims: 'CLAIMS_READ',
  queue: null, // never shared with partners
};

/** Staff roles that read BPJS TK records (officers of the other agency do not). */
export const BPJSTK_READERS = ['BPJSTK_OFFICER', 'HUB_ADMIN', 'AUDITOR'] as const;

export function isBpjsTkReader(caller: Caller): boolean {
  return hasRole(caller, ...BPJSTK_READERS);
}

/** Partners read a group only under the person's active consent to its scope (`consentScopes`). */
export function participantAccess(
  caller: Caller,
  nik: string,
  group: FieldGroup,
  consentScopes: readonly ConsentScope[] = [],
): true | HubError {
  switch (caller.kind) {
    case 'anonymous':
      return new UnauthenticatedError();
    case 'kiosk-device':
      return new ForbiddenError();
    case 'participant':
      if (caller.nik !== nik) return new ForbiddenError();
      return (group === 'balances' || group === 'statement') && !steppedUp(caller) ? new StepUpRequiredError() : true;
    case 'kiosk':
      // A kiosk session was proven by an SMS code minutes ago: it reads the person's own overview, not statements.
      if (ownNik(caller) !== nik) return new ForbiddenError();
      return group === 'statement' ? new ForbiddenError('A kiosk session shows the overview only; read statements in your account.') : true;
    case 'staff':
      return hasRole(caller, ...BPJSTK_READERS) ? true : new ForbiddenError();
    case 'partner': {
      const scope = CONSENT_SCOPE_OF[group];
      if (!scope) return new ForbiddenError();
      return consentScopes.includes(scope) ? true : new ConsentRequiredError(scope);
    }
  }
}

/**
 * The record object itself: what `profile` allows, except that a partner gets it with consent to any
 * BPJS TK group (each field is then checked on its own).
 */
export function recordAccess(caller: Caller, nik: string, consentScopes: readonly ConsentScope[] = []): true | HubError {
  if (caller.kind !== 'partner') return participantAccess(caller, nik, 'profile');
  const scopes = Object.values(CONSENT_SCOPE_OF).filter((s): s is ConsentScope => s !== null);
  return scopes.some((s) => consentScopes.includes(s)) ? true : new ConsentRequiredError('PROFILE_READ');
}
