// A registration's request to be linked to a record BPJS TK already holds (table participant_link): one
// half of the officers' verification queue (the other is the self-registered records, on participant).
import { BigIntType, Entity, EntityRepositoryType, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { BpuRegistrationRecord, EmployerRecord } from '../registration/registration.entity';
import { LinkRepository } from './verification.repository';

export type LinkStatus = 'PENDING' | 'CONFIRMED' | 'REJECTED';

@Entity({ tableName: 'participant_link', repository: () => LinkRepository })
export class ParticipantLinkRecord {
  [EntityRepositoryType]?: LinkRepository;
  [OptionalProps]?: 'position' | 'status' | 'createdAt';

  @PrimaryKey({ type: 'uuid' }) id!: string;

  /** The NIK the registration named, and what it stated of the person. */
  @Property({ type: 'string', length: 16 }) nik!: string;
  @Property({ type: 'string', length: 200 }) fullName!: string;
  @Property({ type: 'date' }) birthDate!: string;
  @Property({ type: 'string', length: 10 }) source!: 'BPU' | 'EMPLOYER';

  /** The BPU registration that asked, or (source EMPLOYER) the employer. */
  @ManyToOne(() => BpuRegistrationRecord, { ref: true, nullable: true }) bpuRegistration?: Ref<BpuRegistrationRecord> | null;
  @ManyToOne(() => EmployerRecord, { ref: true, nullable: true }) employer?: Ref<EmployerRecord> | null;

  /** The worker's place in the employer's list. */
  @Property({ type: 'smallint', default: 0 }) position: number = 0;
  @Property({ type: new BigIntType('number'), nullable: true }) monthlyWage?: number | null;
  @Property({ type: 'string', length: 10, default: 'PENDING' }) status: LinkStatus = 'PENDING';
  @Property({ type: 'datetime', nullable: true }) paidAt?: Date | null;

  /** The officer's account id. */
  @Property({ type: 'string', length: 120, nullable: true, lazy: true }) decidedBy?: string | null;
  @Property({ type: 'datetime', nullable: true, lazy: true }) decidedAt?: Date | null;
  @Property({ type: 'text', nullable: true, lazy: true }) note?: string | null;
  @Property({ type: 'datetime', defaultRaw: 'now()' }) createdAt!: Date;
}
