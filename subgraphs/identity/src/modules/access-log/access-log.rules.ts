// Who may read identity's own fields of a person (fullName, birthDate) and a person's access log: the hub's
// one access policy for the owner IDENTITY. Returns true or the error to show (the shield rules, rules.ts).
import { decideRead, purposeProblem } from '#domain/access-policy';
import { hasRole } from '#platform/auth/caller';
import { ForbiddenError, UnauthenticatedError, type HubError } from '#platform/errors';
import type { IdentityContext } from '../../context';

/** True, or the error that field shows. Partners need PROFILE_READ in their token and in the person's consent. */
export async function profileAccess(scope: Pick<IdentityContext, 'caller' | 'loaders'>, nik: string): Promise<true | HubError> {
  const consent = scope.caller.kind === 'partner' ? await scope.loaders.consentByNik.load(nik) : null;
  const decision = decideRead(scope.caller, 'IDENTITY', nik, 'profile', { consentScopes: consent?.scopes ?? [] });
  return decision.allowed ? true : decision.error;
}

/**
 * Who reads a person's access log: the person on their own account, and auditors (AUDITOR or HUB_ADMIN)
 * stating a purpose — their read is itself written to the log, so the person sees who looked. Kiosk
 * sessions, partners and officers do not read it.
 */
export function accessLogAccess(scope: Pick<IdentityContext, 'caller' | 'accessPurpose'>, nik: string): true | HubError {
  const { caller } = scope;
  if (caller.kind === 'anonymous') return new UnauthenticatedError();
  if (caller.kind === 'participant') return caller.nik === nik ? true : new ForbiddenError('Only the person and auditors read an access log.');
  if (caller.kind === 'staff' && hasRole(caller, 'AUDITOR', 'HUB_ADMIN')) return purposeProblem(caller, scope.accessPurpose) ?? true;
  return new ForbiddenError('Only the person and auditors read an access log.');
}
