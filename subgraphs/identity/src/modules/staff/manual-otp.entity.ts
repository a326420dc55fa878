import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A code an officer issued by hand for a registration stuck at phone verification (the code itself is never stored). */
@Entity({ tableName: 'manual_otp' })
export class ManualOtpRecord {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) batchId!: string;
  @Property({ type: 'uuid' }) registrationId!: string;
  @Property({ type: 'uuid' }) challengeId!: string;
  @Property({ type: 'uuid' }) issuedBy!: string;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'datetime' }) expiresAt!: Date;
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
}
