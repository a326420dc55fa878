// Development staff: the personas' staff accounts with HUB_DEV_STAFF_PASSWORD. Never in production,
// where the first admin is made with `create-admin` (see cli/create-admin.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AgencyName as Agency } from '#domain/agency';
import type { StaffRole } from '#domain/roles';
import type { HubConfig } from '#platform/config';
import { personas } from '#domain/seed/personas';
import { AccountRecord } from '../account/account.entity';
import { hashPassword } from '../account/password';

export function agencyOfRoles(roles: readonly StaffRole[]): Agency | null {
  if (roles.includes('TASPEN_OFFICER')) return 'TASPEN';
  if (roles.includes('BPJSTK_OFFICER')) return 'BPJSTK';
  return null;
}

export async function seedDevelopmentStaff(em: EntityManager, config: HubConfig): Promise<void> {
  if (config.production || (await em.getRepository(AccountRecord).hasStaff())) return;
  const passwordHash = await hashPassword(config.HUB_DEV_STAFF_PASSWORD);
  for (const staff of personas.staff) {
    const roles = staff.roles as StaffRole[];
    em.create(AccountRecord, {
      kind: 'STAFF',
      email: staff.email,
      passwordHash,
      roles,
      agency: agencyOfRoles(roles),
      branch: staff.branch ?? null,
      createdAt: new Date(),
    });
  }
  await em.flush();
}
