// Reads of a person's Taspen data, through the hub's one access policy and its read-log helper.
import { authorizeRead, decideRecord } from '#domain/access-policy';
import type { TaspenContext } from '../../context';
import type { TaspenFieldGroup } from './person-access';

export { actorOf, KIOSK_PURPOSE, STAFF_PURPOSE_REQUIRED } from '#domain/access-policy';

const GROUPS: TaspenFieldGroup[] = ['profile', 'cards', 'balances', 'submissions'];

/**
 * Throws unless the caller may read `group` of the person; logs a read by someone else once per
 * request and group. Every resolver revealing a person's Taspen data goes through here.
 */
export async function requirePersonAccess(ctx: TaspenContext, nik: string, group: TaspenFieldGroup, fields: string[]): Promise<void> {
  const consent = ctx.caller.kind === 'partner' ? await ctx.consents.load(nik) : null;
  const answer = await authorizeRead(ctx, 'TASPEN', nik, group, { action: `READ_TASPEN_${group.toUpperCase()}`, fields, consent });
  if (answer !== true) throw answer;
}

/**
 * The person's Taspen record itself (the object holding the field groups): what `profile` allows,
 * except that a partner gets it with consent to any Taspen group, each field then checked on its own.
 */
export async function requireTaspenRecordAccess(ctx: TaspenContext, nik: string): Promise<void> {
  // The record names no field read by itself: its fields do (TASPEN_RULES).
  if (ctx.caller.kind !== 'partner') return requirePersonAccess(ctx, nik, 'profile', []);
  const consent = await ctx.consents.load(nik);
  const decision = decideRecord(ctx.caller, 'TASPEN', nik, GROUPS, { consentScopes: consent.scopes });
  if (!decision.allowed) throw decision.error;
}
