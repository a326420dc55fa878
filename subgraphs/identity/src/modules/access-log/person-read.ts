// Who may read identity's own fields of a person (fullName, birthDate), and the access-log entry
// for reads by someone other than the person: partners (under consent, with its purpose), staff
// (with their stated purpose) and kiosk sessions ('MPP kiosk session').
import type { AuditActorKind } from '#platform/audit/audit-log';
import { ConsentRequiredError, ForbiddenError, UnauthenticatedError, type HubError } from '#platform/errors';
import type { IdentityContext } from '../../context';

export const KIOSK_PURPOSE = 'MPP kiosk session';
export const STAFF_PURPOSE_REQUIRED = 'Staff must state the purpose of this access in the X-Access-Purpose header.';
export const PROFILE_FIELDS = ['identity.fullName', 'identity.birthDate'];

/** True, or the error that field shows. Partners need PROFILE_READ in their token and in the person's consent. */
export async function profileAccess(ctx: IdentityContext, nik: string): Promise<true | HubError> {
  const { caller } = ctx;
  switch (caller.kind) {
    case 'anonymous':
      return new UnauthenticatedError();
    case 'participant':
    case 'kiosk':
      return caller.nik === nik ? true : new ForbiddenError('You may only read your own data.');
    case 'staff':
      return true;
    case 'partner': {
      const grant = await ctx.loaders.consentByNik.load(nik);
      return grant.scopes.includes('PROFILE_READ') ? true : new ConsentRequiredError('PROFILE_READ');
    }
    default:
      return new ForbiddenError();
  }
}

/** Writes one access-log entry per person and request for a read of the profile by someone else. */
export async function logProfileRead(ctx: IdentityContext, nik: string): Promise<void> {
  const { caller } = ctx;
  let actor: { actorKind: AuditActorKind; actorId: string; actorName: string; purpose: string | null };
  switch (caller.kind) {
    case 'staff':
      actor = { actorKind: 'STAFF', actorId: caller.accountId, actorName: caller.email, purpose: ctx.accessPurpose };
      break;
    case 'kiosk':
      actor = { actorKind: 'KIOSK', actorId: caller.kioskId, actorName: caller.kioskName, purpose: KIOSK_PURPOSE };
      break;
    case 'partner':
      actor = { actorKind: 'PARTNER', actorId: caller.partnerId, actorName: caller.name, purpose: (await ctx.loaders.consentByNik.load(nik)).purpose };
      break;
    default:
      return;
  }
  await ctx.readLog.load({ ...actor, subjectNik: nik, action: 'READ_IDENTITY_PROFILE', fields: PROFILE_FIELDS });
}
