// Who may read identity's own fields of a person (fullName, birthDate), and the access-log entry for reads
// by someone other than the person: the hub's one access policy for the owner IDENTITY.
import { authorizeRead, decideRead } from '#platform/auth/access-policy';
import type { HubError } from '#platform/errors';
import type { IdentityContext } from '../../context';

export { KIOSK_PURPOSE, STAFF_PURPOSE_REQUIRED } from '#platform/auth/access-policy';
export const PROFILE_FIELDS = ['identity.fullName', 'identity.birthDate'];

/** True, or the error that field shows. Partners need PROFILE_READ in their token and in the person's consent. */
export async function profileAccess(ctx: IdentityContext, nik: string): Promise<true | HubError> {
  const consent = ctx.caller.kind === 'partner' ? await ctx.loaders.consentByNik.load(nik) : null;
  const decision = decideRead(ctx.caller, 'IDENTITY', nik, 'profile', { consentScopes: consent?.scopes ?? [] });
  return decision.allowed ? true : decision.error;
}

/** Writes one access-log entry per person and request for a read of the profile by someone else. */
export async function logProfileRead(ctx: IdentityContext, nik: string): Promise<void> {
  const consent = ctx.caller.kind === 'partner' ? await ctx.loaders.consentByNik.load(nik) : null;
  const answer = await authorizeRead(ctx, 'IDENTITY', nik, 'profile', { action: 'READ_IDENTITY_PROFILE', fields: PROFILE_FIELDS, consent });
  if (answer !== true) throw answer;
}
