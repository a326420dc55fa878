// A payment the gateway notified (table payment), recorded once per reference.
import { BigIntType, Entity, EntityRepositoryType, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { PaymentCodeRecord } from '../registration/registration.entity';
import { PaymentRepository } from './payment.repository';

@Entity({ tableName: 'payment', repository: () => PaymentRepository })
export class PaymentRecord {
  [EntityRepositoryType]?: PaymentRepository;

  /** The payment gateway's reference: a replayed notice names it again. */
  @PrimaryKey({ type: 'string', length: 100 }) reference!: string;
  @ManyToOne(() => PaymentCodeRecord, { ref: true, fieldName: 'payment_code' }) paymentCode!: Ref<PaymentCodeRecord>;
  @Property({ type: new BigIntType('number') }) amount!: number;
  @Property({ type: 'datetime' }) paidAt!: Date;
  @Property({ type: 'datetime', defaultRaw: 'now()' }) receivedAt?: Date;
}
