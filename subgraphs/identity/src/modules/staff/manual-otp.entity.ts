import { Entity, Property } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';

/** A code an officer issued by hand for a registration stuck at phone verification (the code itself is never stored). */
@Entity({ tableName: 'manual_otp' })
export class ManualOtpRecord extends BaseEntity {
  @Property({ type: 'uuid' }) batchId!: string;
  @Property({ type: 'uuid' }) registrationId!: string;
  @Property({ type: 'uuid' }) challengeId!: string;
  @Property({ type: 'uuid' }) issuedBy!: string;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'datetime' }) expiresAt!: Date;
}
