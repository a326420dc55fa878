// Access checks with side effects: the partner's consent (asked from identity), the staff member's
// stated purpose, and one access-log entry per request, person and field group for every read by
// someone other than the person (staff, kiosk, partner).
import type { Caller } from '#platform/auth/caller';
import type { AuditActorKind } from '#platform/audit/audit-log';
import { ForbiddenError, type HubError } from '#platform/errors';
import type { BpjsTkContext } from '../../context';
import { participantAccess, recordAccess, type FieldGroup } from './participant.access';

export const STAFF_PURPOSE_REQUIRED = 'Staff must state the purpose of this access in the X-Access-Purpose header.';
export const KIOSK_PURPOSE = 'MPP kiosk session';

const FIELDS: Record<FieldGroup | 'record', string[]> = {
  record: ['bpjsTk.kpj', 'bpjsTk.membership', 'bpjsTk.status'],
  profile: ['bpjsTk.kpj', 'bpjsTk.membership', 'bpjsTk.status', 'bpjsTk.employer', 'bpjsTk.inactiveSince', 'bpjsTk.memberSince', 'bpjsTk.source'],
  cards: ['bpjsTk.card'],
  balances: ['bpjsTk.jhtBalance'],
  statement: ['bpjsTk.jhtStatement'],
  claims: ['bpjsTk.claims', 'bpjsTk.jhtClaimEligibility'],
  queue: ['bpjsTk.queueTickets'],
};

function actorOf(caller: Caller): { actorKind: AuditActorKind; actorId: string; actorName: string } | null {
  switch (caller.kind) {
    case 'staff':
      return { actorKind: 'STAFF', actorId: caller.accountId, actorName: caller.email };
    case 'kiosk':
      return { actorKind: 'KIOSK', actorId: caller.kioskId, actorName: caller.kioskName };
    case 'partner':
      return { actorKind: 'PARTNER', actorId: caller.partnerId, actorName: caller.name };
    default:
      return null; // the person reading their own data is not logged
  }
}

/** True when `group` (or the record object) of the person may be read now; logs reads by others. */
export async function checkParticipantAccess(ctx: BpjsTkContext, nik: string, group: FieldGroup | 'record'): Promise<true | HubError> {
  const grant = ctx.caller.kind === 'partner' ? await ctx.consents.load(nik) : null;
  const scopes = grant?.scopes ?? [];
  const decision = group === 'record' ? recordAccess(ctx.caller, nik, scopes) : participantAccess(ctx.caller, nik, group, scopes);
  if (decision !== true) return decision;
  const actor = actorOf(ctx.caller);
  if (!actor) return true;
  if (ctx.caller.kind === 'staff' && !ctx.accessPurpose) return new ForbiddenError(STAFF_PURPOSE_REQUIRED);
  const purpose = ctx.caller.kind === 'partner' ? grant?.purpose ?? null : ctx.caller.kind === 'kiosk' ? KIOSK_PURPOSE : ctx.accessPurpose;
  await ctx.readLog.load({ ...actor, subjectNik: nik, action: `READ_BPJSTK_${group.toUpperCase()}`, purpose, fields: FIELDS[group] });
  return true;
}
