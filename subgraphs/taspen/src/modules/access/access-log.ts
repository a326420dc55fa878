// Writing reads of someone else's data (staff, kiosk, partner) and staff decisions to the audit trail.
import type { Caller } from '#platform/auth/caller';
import type { AuditActorKind } from '#platform/audit/audit-log';
import type { TaspenContext } from '../../context';
import { ConsentRequiredError, ForbiddenError } from '#platform/errors';
import { decidePersonAccess, SCOPE_OF_GROUP, type TaspenFieldGroup } from './person-access';

export function actorOf(caller: Caller): { actorKind: AuditActorKind; actorId: string; actorName: string } {
  switch (caller.kind) {
    case 'staff':
      return { actorKind: 'STAFF', actorId: caller.accountId, actorName: caller.email };
    case 'kiosk':
      return { actorKind: 'KIOSK', actorId: caller.kioskId, actorName: caller.kioskName };
    case 'partner':
      return { actorKind: 'PARTNER', actorId: caller.partnerId, actorName: caller.name };
    case 'participant':
      return { actorKind: 'PARTICIPANT', actorId: caller.accountId, actorName: 'participant' };
    default:
      return { actorKind: 'SYSTEM', actorId: 'anonymous', actorName: 'anonymous' };
  }
}

/**
 * Throws unless the caller may read `group` of the person; logs a read by someone else once per
 * request and group. Every resolver revealing a person's Taspen data goes through here.
 */
export async function requirePersonAccess(ctx: TaspenContext, nik: string, group: TaspenFieldGroup, fields: string[]): Promise<void> {
  const grant = ctx.caller.kind === 'partner' ? await ctx.consents.load(nik) : null;
  const decision = decidePersonAccess(ctx.caller, nik, group, { consentScopes: grant?.scopes ?? null });
  if (!decision.allowed) throw decision.error;
  if (!decision.auditAs) return;
  if (decision.auditAs === 'STAFF' && !ctx.accessPurpose) throw new ForbiddenError(STAFF_PURPOSE_REQUIRED);
  await ctx.readLog.load({
    ...actorOf(ctx.caller),
    subjectNik: nik,
    action: `READ_TASPEN_${group.toUpperCase()}`,
    purpose: readPurpose(ctx, grant?.purpose ?? null),
    fields,
  });
}

export const STAFF_PURPOSE_REQUIRED = 'Staff must state the purpose of this access in the X-Access-Purpose header.';
export const KIOSK_PURPOSE = 'MPP kiosk session';

/** The purpose written with a read: the consent's (partners), the stated one (staff), or the kiosk session. */
export function readPurpose(ctx: TaspenContext, consentPurpose: string | null): string | null {
  switch (ctx.caller.kind) {
    case 'partner':
      return consentPurpose;
    case 'kiosk':
      return KIOSK_PURPOSE;
    default:
      return ctx.accessPurpose;
  }
}

/**
 * The person's Taspen record itself (the object holding the field groups): what `profile` allows,
 * except that a partner gets it with consent to any Taspen group, each field then checked on its own.
 */
export async function requireTaspenRecordAccess(ctx: TaspenContext, nik: string): Promise<void> {
  if (ctx.caller.kind !== 'partner') return requirePersonAccess(ctx, nik, 'profile', PROFILE_FIELDS);
  const grant = await ctx.consents.load(nik);
  const taspenScopes = Object.values(SCOPE_OF_GROUP);
  if (!grant.scopes.some((scope) => taspenScopes.includes(scope))) throw new ConsentRequiredError('PROFILE_READ');
}

export const PROFILE_FIELDS = ['taspen.nip', 'taspen.employer', 'taspen.status'];
