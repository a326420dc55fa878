// Who may read which part of a person's BPJS TK record: the one place that decides it.
// Shield rules and services both ask `participantAccess`; it returns true or the error to show.
import { hasRole, ownNik, steppedUp, type Caller, type ConsentScope } from '#platform/auth/caller';
import {
  ConsentRequiredError, ForbiddenError, StepUpRequiredError, UnauthenticatedError, type HubError,
} from '#platform/errors';

export type FieldGroup = 'profile' | 'cards' | 'balances' | 'claims' | 'queue';

export const CONSENT_SCOPE_OF: Record<FieldGroup, ConsentScope | null> = {
  profile: 'PROFILE_READ',
  cards: 'CARDS_READ',
  balances: 'BALANCES_READ',
  claims: 'CLAIMS_READ',
  queue: null, // never shared with partners
};

/** Staff roles that read BPJS TK records (officers of the other agency do not). */
export const BPJSTK_READERS = ['BPJSTK_OFFICER', 'HUB_ADMIN', 'AUDITOR'] as const;

/**
 * Partner access is decided by the person's consent (built by the consent work); until a consent
 * check is wired in here, partners get CONSENT_REQUIRED for every group.
 */
export type ConsentCheck = (partnerId: string, nik: string, scope: ConsentScope) => boolean;

export function participantAccess(
  caller: Caller,
  nik: string,
  group: FieldGroup,
  consent?: ConsentCheck,
): true | HubError {
  switch (caller.kind) {
    case 'anonymous':
      return new UnauthenticatedError();
    case 'participant':
      if (caller.nik !== nik) return new ForbiddenError();
      return group === 'balances' && !steppedUp(caller) ? new StepUpRequiredError() : true;
    case 'kiosk':
      // A kiosk session was proven by an SMS code minutes ago: it reads the person's own overview.
      return ownNik(caller) === nik ? true : new ForbiddenError();
    case 'staff':
      return hasRole(caller, ...BPJSTK_READERS) ? true : new ForbiddenError();
    case 'partner': {
      const scope = CONSENT_SCOPE_OF[group];
      if (!scope) return new ForbiddenError();
      return consent?.(caller.partnerId, nik, scope) ? true : new ConsentRequiredError(scope);
    }
  }
}

/** Throws unless allowed: for services that check access themselves. */
export function assertParticipantAccess(caller: Caller, nik: string, group: FieldGroup): void {
  const decision = participantAccess(caller, nik, group);
  if (decision !== true) throw decision;
}
