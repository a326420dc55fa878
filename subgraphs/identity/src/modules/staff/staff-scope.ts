import type { Caller } from '#platform/auth/caller';
import { agencyOf, type AgencyName as Agency } from '#domain/agency';

/**
 * The agency whose work a staff member handles: an officer of one agency sees that agency's
 * registrations only; a hub admin sees all (null).
 */
export function agencyScope(caller: Caller): Agency | null {
  if (caller.kind !== 'staff' || caller.roles.includes('HUB_ADMIN')) return null;
  if (caller.roles.includes('TASPEN_OFFICER')) return 'TASPEN';
  if (caller.roles.includes('BPJSTK_OFFICER')) return 'BPJSTK';
  return agencyOf(caller.agency);
}
