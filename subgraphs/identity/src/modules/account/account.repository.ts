import type { EntityManager } from '@mikro-orm/postgresql';
import { AccountRecord } from './account.entity';

/** Accounts that are not disabled; a disabled one (after an account reset) is invisible here. */
export class AccountRepository {
  constructor(private readonly em: EntityManager) {}

  findActiveByEmail(email: string): Promise<AccountRecord | null> {
    return this.em.findOne(AccountRecord, { email, disabledAt: null });
  }

  findActiveByNik(nik: string): Promise<AccountRecord | null> {
    return this.em.findOne(AccountRecord, { nik, disabledAt: null });
  }

  findActiveById(id: string): Promise<AccountRecord | null> {
    return this.em.findOne(AccountRecord, { id, disabledAt: null });
  }

  async emailTaken(email: string): Promise<boolean> {
    return (await this.em.count(AccountRecord, { email, disabledAt: null })) > 0;
  }

  async nikTaken(nik: string): Promise<boolean> {
    return (await this.em.count(AccountRecord, { nik, disabledAt: null })) > 0;
  }

  async hasStaff(): Promise<boolean> {
    return (await this.em.count(AccountRecord, { kind: 'STAFF' })) > 0;
  }
}
