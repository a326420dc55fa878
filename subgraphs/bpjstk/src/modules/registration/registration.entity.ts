// Registrations that activate participations: a self-employed person's (BPU, table bpu_registration), an
// employer's with its workers (PU, tables employer and employer_worker), and the payment code each is
// activated by (payment_code).
import { ArrayType, BigIntType, Collection, Entity, EntityRepositoryType, ManyToOne, OneToMany, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { BpjsTkParticipantRecord } from '../participant/participant.entity';
import { RegistrationRepository } from './registration.repository';

@Entity({ tableName: 'bpu_registration', repository: () => RegistrationRepository })
export class BpuRegistrationRecord {
  [EntityRepositoryType]?: RegistrationRepository;

  @PrimaryKey({ type: 'uuid' }) id!: string;

  /** Null while the registration only asks to be linked to a record BPJS TK already holds. */
  @Property({ type: 'string', length: 11, nullable: true }) kpj?: string | null;
  @Property({ type: 'string', length: 16 }) nik!: string;
  @Property({ type: 'boolean' }) newParticipant!: boolean;
  @Property({ type: 'string', length: 254 }) email!: string;
  @Property({ type: 'string', length: 16 }) phone!: string;
  @Property({ type: 'string', length: 100, lazy: true }) occupation!: string;
  @Property({ type: new BigIntType('number') }) monthlyIncome!: number;
  @Property({ type: ArrayType, columnType: 'text[]' }) programs!: string[];
  @Property({ type: 'string', length: 500, lazy: true }) address!: string;
  @Property({ type: 'string', length: 100, lazy: true }) city!: string;
  @Property({ type: 'string', length: 100, nullable: true, lazy: true }) idempotencyKey?: string | null;
  @Property({ type: 'datetime', defaultRaw: 'now()', lazy: true }) createdAt?: Date;
}

@Entity({ tableName: 'employer' })
export class EmployerRecord {
  @PrimaryKey({ type: 'uuid' }) id!: string;

  /** `PU-YYYY-NNNNNNNN`. */
  @Property({ type: 'string', length: 20, unique: true }) registrationNumber!: string;
  @Property({ type: 'string', length: 200 }) name!: string;
  @Property({ type: 'string', length: 16, lazy: true }) npwp!: string;
  @Property({ type: 'string', length: 13, lazy: true }) nib!: string;
  @Property({ type: 'string', length: 16, lazy: true }) ownerNik!: string;
  @Property({ type: 'string', length: 200, lazy: true }) ownerName!: string;
  @Property({ type: 'string', length: 500, lazy: true }) address!: string;
  @Property({ type: 'string', length: 100, lazy: true }) city!: string;
  @Property({ type: 'string', length: 254 }) email!: string;
  @Property({ type: 'string', length: 16, lazy: true }) phone!: string;

  /** JKK risk class 1 (lowest) to 5. */
  @Property({ type: 'smallint' }) jkkRiskClass!: number;
  @Property({ type: ArrayType, columnType: 'text[]' }) programs!: string[];
  @Property({ type: ArrayType, columnType: 'text[]', lazy: true }) documentIds!: string[];
  @Property({ type: 'string', length: 20 }) status!: 'PENDING_PAYMENT' | 'ACTIVE';

  /** `account:<id>` of the registrant (null for an anonymous registration). */
  @Property({ type: 'string', length: 120, nullable: true }) registeredBy?: string | null;
  @Property({ type: 'string', length: 100, nullable: true, lazy: true }) idempotencyKey?: string | null;
  @Property({ type: 'datetime', defaultRaw: 'now()', lazy: true }) createdAt?: Date;
  @Property({ type: 'datetime', nullable: true, lazy: true }) activatedAt?: Date | null;
  @OneToMany(() => EmployerWorkerRecord, (worker) => worker.employer) workers = new Collection<EmployerWorkerRecord>(this);
}

/** A worker an employer registered (with a new participation), in the order given. */
@Entity({ tableName: 'employer_worker' })
export class EmployerWorkerRecord {
  @ManyToOne(() => EmployerRecord, { primary: true, ref: true }) employer!: Ref<EmployerRecord>;
  @ManyToOne(() => BpjsTkParticipantRecord, { primary: true, ref: true, fieldName: 'kpj' }) participant!: Ref<BpjsTkParticipantRecord>;
  @Property({ type: 'smallint' }) position!: number;
  @Property({ type: new BigIntType('number') }) monthlyWage!: number;
}

/** The code (virtual account) a registration's first month is paid to. */
@Entity({ tableName: 'payment_code' })
export class PaymentCodeRecord {
  @PrimaryKey({ type: 'string', length: 16 }) code!: string;
  @Property({ type: new BigIntType('number') }) amount!: number;
  @Property({ type: 'datetime' }) expiresAt!: Date;
  @Property({ type: 'string', length: 10 }) status!: 'OPEN' | 'PAID';
  @ManyToOne(() => BpuRegistrationRecord, { ref: true, nullable: true, unique: true }) bpuRegistration?: Ref<BpuRegistrationRecord> | null;
  @ManyToOne(() => EmployerRecord, { ref: true, nullable: true, unique: true }) employer?: Ref<EmployerRecord> | null;
  @Property({ type: 'datetime', defaultRaw: 'now()', lazy: true }) createdAt?: Date;
  @Property({ type: 'datetime', nullable: true, lazy: true }) paidAt?: Date | null;
}

/** The registration (BPU) or employer a payment code activates. */
export const registrationIdOf = (code: PaymentCodeRecord): string => (code.bpuRegistration ?? code.employer)!.id;
