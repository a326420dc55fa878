// The one place that decides who may read which part of a person's Taspen data. Resolvers ask it
// per field group; the answer also says whether the read must go to the access log.
import { hasRole, steppedUp, type Caller, type ConsentScope } from '#platform/auth/caller';
import type { AuditActorKind } from '#platform/audit/audit-log';
import {
  ConsentRequiredError, ForbiddenError, StepUpRequiredError, UnauthenticatedError, type HubError,
} from '#platform/errors';

export type TaspenFieldGroup = 'profile' | 'cards' | 'balances' | 'submissions';

export const SCOPE_OF_GROUP: Record<TaspenFieldGroup, ConsentScope> = {
  profile: 'PROFILE_READ',
  cards: 'CARDS_READ',
  balances: 'BALANCES_READ',
  submissions: 'SUBMISSIONS_READ',
};

export type AccessDecision =
  | { allowed: true; /** Set when the read is someone else's and must be logged. */ auditAs: AuditActorKind | null }
  | { allowed: false; error: HubError };

export interface AccessFacts {
  /**
   * Scopes of the person's active consent to the calling partner. Hook for the consent feature:
   * whoever implements consents loads them (through a DataLoader) and passes them here.
   */
  consentScopes?: readonly ConsentScope[] | null;
  nowSeconds?: number;
}

/** Staff who may read Taspen participants' data. */
export const TASPEN_STAFF_ROLES = ['TASPEN_OFFICER', 'HUB_ADMIN'] as const;

export function decidePersonAccess(caller: Caller, nik: string, group: TaspenFieldGroup, facts: AccessFacts = {}): AccessDecision {
  const deny = (error: HubError): AccessDecision => ({ allowed: false, error });
  switch (caller.kind) {
    case 'anonymous':
      return deny(new UnauthenticatedError());
    case 'kiosk-device':
      // The kiosk itself reads nobody: only a session a walk-in participant proved by SMS code does.
      return deny(new ForbiddenError());
    case 'participant':
      if (caller.nik !== nik) return deny(new ForbiddenError());
      if (group === 'balances' && !steppedUp(caller, facts.nowSeconds)) return deny(new StepUpRequiredError());
      return { allowed: true, auditAs: null };
    case 'kiosk':
      if (caller.nik !== nik) return deny(new ForbiddenError());
      // The session's SMS code, minutes old, is the step-up (as in BPJS TK): balances are shown, logged.
      return { allowed: true, auditAs: 'KIOSK' };
    case 'staff':
      return hasRole(caller, ...TASPEN_STAFF_ROLES) ? { allowed: true, auditAs: 'STAFF' } : deny(new ForbiddenError());
    case 'partner': {
      const scope = SCOPE_OF_GROUP[group];
      if (!caller.scopes.includes(scope) || !facts.consentScopes?.includes(scope)) return deny(new ConsentRequiredError(scope));
      return { allowed: true, auditAs: 'PARTNER' };
    }
    default:
      // Any other caller (a kiosk device before a session, future kinds) reads nobody.
      return deny(new ForbiddenError());
  }
}
