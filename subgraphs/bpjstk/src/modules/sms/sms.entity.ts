// A phone number registered through the SMS channel for a KPJ's balance messages (table sms_subscription).
import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { SmsSubscriptionRepository } from './sms.repository';

@Entity({ tableName: 'sms_subscription', repository: () => SmsSubscriptionRepository })
export class SmsSubscriptionRecord {
  [EntityRepositoryType]?: SmsSubscriptionRepository;

  /** E.164 without the plus, e.g. `6281234567890`. */
  @PrimaryKey({ type: 'string', length: 16 }) phone!: string;
  @Property({ type: 'string', length: 11, index: 'sms_subscription_kpj_idx' }) kpj!: string;
  @Property({ type: 'string', length: 254, nullable: true }) email?: string | null;
  @Property({ type: 'Date', defaultRaw: 'now()' }) registeredAt?: Date;
}
