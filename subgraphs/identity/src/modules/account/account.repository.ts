import { EntityRepository } from '@mikro-orm/postgresql';
import type { AccountRecord } from './account.entity';

/** Accounts that are not disabled; a disabled one (after an account reset) is invisible here. */
export class AccountRepository extends EntityRepository<AccountRecord> {
  findActiveByEmail(email: string): Promise<AccountRecord | null> {
    return this.findOne({ email, disabledAt: null });
  }

  findActiveByNik(nik: string): Promise<AccountRecord | null> {
    return this.findOne({ nik, disabledAt: null });
  }

  findActiveById(id: string): Promise<AccountRecord | null> {
    return this.findOne({ id, disabledAt: null });
  }

  async emailTaken(email: string): Promise<boolean> {
    return (await this.count({ email, disabledAt: null })) > 0;
  }

  async nikTaken(nik: string): Promise<boolean> {
    return (await this.count({ nik, disabledAt: null })) > 0;
  }

  async hasStaff(): Promise<boolean> {
    return (await this.count({ kind: 'STAFF' })) > 0;
  }
}
