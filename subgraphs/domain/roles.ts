// The staff roles of the hub: officers of each agency, the hub's administrators and auditors.
export const STAFF_ROLES = ['TASPEN_OFFICER', 'BPJSTK_OFFICER', 'HUB_ADMIN', 'AUDITOR'] as const;

export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}
