// Who may read identity's own fields of a person (fullName, birthDate), and the access-log entry for reads
// by someone other than the person: the hub's one access policy for the owner IDENTITY.
import { authorizeRead, decideRead, logRead, purposeProblem } from '#domain/access-policy';
import { hasRole } from '#platform/auth/caller';
import { ForbiddenError, UnauthenticatedError, type HubError } from '#platform/errors';
import type { IdentityContext } from '../../context';

export { KIOSK_PURPOSE, STAFF_PURPOSE_REQUIRED } from '#domain/access-policy';
export const PROFILE_FIELDS = ['identity.fullName', 'identity.birthDate'];

/** True, or the error that field shows. Partners need PROFILE_READ in their token and in the person's consent. */
export async function profileAccess(ctx: IdentityContext, nik: string): Promise<true | HubError> {
  const consent = ctx.caller.kind === 'partner' ? await ctx.loaders.consentByNik.load(nik) : null;
  const decision = decideRead(ctx.caller, 'IDENTITY', nik, 'profile', { consentScopes: consent?.scopes ?? [] });
  return decision.allowed ? true : decision.error;
}

/** Puts the profile fields read (by someone else) in the request's one access-log entry for the person. */
export async function logProfileRead(ctx: IdentityContext, nik: string, fields: string[] = PROFILE_FIELDS): Promise<void> {
  const consent = ctx.caller.kind === 'partner' ? await ctx.loaders.consentByNik.load(nik) : null;
  const answer = await authorizeRead(ctx, 'IDENTITY', nik, 'profile', { action: 'READ_IDENTITY_PROFILE', fields, consent });
  if (answer !== true) throw answer;
}

/**
 * Who reads a person's access log: the person on their own account, and auditors (AUDITOR or HUB_ADMIN)
 * stating a purpose — their read is itself written to the log, so the person sees who looked. Kiosk
 * sessions, partners and officers do not read it.
 */
export function accessLogAccess(ctx: Pick<IdentityContext, 'caller' | 'accessPurpose'>, nik: string): true | HubError {
  const { caller } = ctx;
  if (caller.kind === 'anonymous') return new UnauthenticatedError();
  if (caller.kind === 'participant') return caller.nik === nik ? true : new ForbiddenError('Only the person and auditors read an access log.');
  if (caller.kind === 'staff' && hasRole(caller, 'AUDITOR', 'HUB_ADMIN')) return purposeProblem(caller, ctx.accessPurpose) ?? true;
  return new ForbiddenError('Only the person and auditors read an access log.');
}

/** Allows the read (or throws) and logs an auditor's read of the log. */
export async function authorizeAccessLogRead(ctx: IdentityContext, nik: string): Promise<void> {
  const answer = accessLogAccess(ctx, nik);
  if (answer !== true) throw answer;
  if (ctx.caller.kind !== 'staff') return;
  await logRead(ctx.readLog, ctx.caller, { nik, action: 'READ_ACCESS_LOG', fields: ['identity.accessLog'], statedPurpose: ctx.accessPurpose });
}
