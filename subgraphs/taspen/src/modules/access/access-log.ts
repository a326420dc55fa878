// Writing reads of someone else's data (staff, kiosk, partner) and staff decisions to the audit trail.
import type { Caller } from '#platform/auth/caller';
import { appendAudit, type AuditActorKind } from '#platform/audit/audit-log';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TaspenContext } from '../../context';
import { decidePersonAccess, type TaspenFieldGroup } from './person-access';

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
  const decision = decidePersonAccess(ctx.caller, nik, group);
  if (!decision.allowed) throw decision.error;
  if (!decision.auditAs) return;
  const key = `${nik}:${group}`;
  if (ctx.loggedReads.has(key)) return;
  ctx.loggedReads.add(key);
  await ctx.em.fork().transactional((em) =>
    appendAudit(em as EntityManager, {
      ...actorOf(ctx.caller),
      subjectNik: nik,
      action: `READ_TASPEN_${group.toUpperCase()}`,
      purpose: ctx.accessPurpose,
      fields,
    }),
  );
}
