// Numbers registered through the SMS channel.
import { EntityRepository } from '@mikro-orm/postgresql';
import { sqlOf } from '#platform/db/sql';
import type { SmsSubscriptionRecord } from './sms.entity';

export class SmsSubscriptionRepository extends EntityRepository<SmsSubscriptionRecord> {
  /**
   * Registers the number for the KPJ, replacing what it was registered for. Raw SQL for one
   * `on conflict do update` statement that also stamps `registered_at` (no read first).
   */
  async subscribe(phone: string, kpj: string, email: string | null): Promise<void> {
    await sqlOf(this.em)(
      `insert into bpjstk.sms_subscription (phone, kpj, email) values (?, ?, ?)
       on conflict (phone) do update set kpj = excluded.kpj, email = excluded.email, registered_at = now()`,
      [phone, kpj, email],
    );
  }

  async isSubscribed(phone: string, kpj: string): Promise<boolean> {
    return (await this.findOne({ phone, kpj }, { fields: ['phone'] })) !== null;
  }

  /** The number last registered for the KPJ, if any. */
  latestFor(kpj: string): Promise<SmsSubscriptionRecord | null> {
    return this.findOne({ kpj }, { orderBy: { registeredAt: 'desc' } });
  }
}
