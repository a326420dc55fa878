// A JHT claim and its history (tables jht_claim and jht_claim_event).
import { BigIntType, Collection, Entity, EntityRepositoryType, ManyToOne, OneToMany, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { JhtClaimChannel, JhtClaimReason } from './claim.eligibility';
import { ClaimRepository } from './claim.repository';
import type { JhtClaimStatus } from './claim.state';

export interface ClaimDocument {
  kind: string;
  documentId: string;
}

@Entity({ tableName: 'jht_claim', repository: () => ClaimRepository })
export class JhtClaimRecord {
  [EntityRepositoryType]?: ClaimRepository;

  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', length: 11 }) kpj!: string;
  @Property({ type: 'string', length: 16 }) nik!: string;

  /** The submitter's hub account. */
  @Property({ type: 'string', length: 120 }) accountId!: string;
  @Property({ type: 'string', length: 30 }) reason!: JhtClaimReason;
  @Property({ type: 'string', length: 10 }) channel!: JhtClaimChannel;
  @Property({ type: 'string', length: 20 }) status!: JhtClaimStatus;
  @Property({ type: 'string', length: 24, unique: true }) trackingCode!: string;
  @Property({ type: 'string', length: 10, lazy: true }) bankCode!: string;
  @Property({ type: 'string', length: 30, lazy: true }) accountNumber!: string;
  @Property({ type: 'string', length: 200, lazy: true }) accountName!: string;
  @Property({ type: 'string', length: 16, nullable: true }) npwp?: string | null;
  @Property({ type: 'json' }) documents!: ClaimDocument[];

  /** The JHT balance when the claim was submitted. */
  @Property({ type: new BigIntType('number') }) balance!: number;

  /** What a partial claim pays; null for a full claim (the balance). */
  @Property({ type: new BigIntType('number'), nullable: true }) amount?: number | null;
  @Property({ type: 'string', length: 100, nullable: true }) idempotencyKey?: string | null;
  @Property({ type: 'datetime', defaultRaw: 'now()' }) submittedAt!: Date;
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() }) updatedAt!: Date;
  @OneToMany(() => JhtClaimEventRecord, (event) => event.claim) events = new Collection<JhtClaimEventRecord>(this);
}

/** One step of a claim's history: submission, an officer's decision or the participant's revision. */
@Entity({ tableName: 'jht_claim_event' })
export class JhtClaimEventRecord {
  @PrimaryKey({ type: 'bigint', autoincrement: true }) id!: string;
  @ManyToOne(() => JhtClaimRecord, { ref: true }) claim!: Ref<JhtClaimRecord>;
  @Property({ type: 'string', length: 20 }) status!: JhtClaimStatus;
  @Property({ type: 'string', length: 1000, nullable: true }) note?: string | null;

  /** `account:<id>` (the participant) or `staff:<id>`. */
  @Property({ type: 'string', length: 120, nullable: true }) actor?: string | null;
  @Property({ type: 'datetime', defaultRaw: 'now()' }) at!: Date;
}
