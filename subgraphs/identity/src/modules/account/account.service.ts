import { UnauthenticatedError } from '#platform/errors';
import type { IdentityContext } from '../../context';
import type { AccountRecord } from './account.entity';
import type { Account } from './account.type';

export function toAccount(record: AccountRecord): Account {
  return {
    id: record.id,
    email: record.email,
    phone: record.phone ?? null,
    roles: record.kind === 'STAFF' ? [...record.roles] : ['PARTICIPANT'],
    person: record.nik ? { nik: record.nik } : null,
  };
}

export class AccountService {
  /** The caller's own account (participant, staff, or the participant behind a kiosk session). */
  async current(scope: Pick<IdentityContext, 'caller' | 'loaders'>): Promise<Account> {
    const caller = scope.caller;
    if (caller.kind !== 'participant' && caller.kind !== 'staff' && caller.kind !== 'kiosk') throw new UnauthenticatedError();
    const record = await scope.loaders.accountById.load(caller.accountId);
    if (!record || record.disabledAt) throw new UnauthenticatedError();
    return toAccount(record);
  }
}
