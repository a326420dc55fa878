import { Field, ID, ObjectType } from 'type-graphql';
import { BpjsTkParticipantStatus, EmployerStatus } from '../common/enums';
import { RupiahScalar } from '../common/rupiah.scalar';

@ObjectType({ description: 'Pay this code (virtual account) to activate the participation.' })
export class PaymentCode {
  @Field(() => String) code!: string;
  @Field(() => RupiahScalar, { description: 'First month’s contributions, whole rupiah.' }) amount!: number;
  @Field(() => Date) expiresAt!: Date;
}

@ObjectType()
export class BpuRegistration {
  @Field(() => ID) id!: string;
  @Field(() => BpjsTkParticipantStatus) status!: BpjsTkParticipantStatus;
  @Field(() => String, { nullable: true, description: 'Always null: the answer must not tell a new NIK from a known one. A new participant’s KPJ is e-mailed once the code is paid.' })
  kpj!: string | null;
  @Field(() => PaymentCode, { nullable: true }) paymentCode!: PaymentCode | null;
}

@ObjectType()
export class EmployerWorker {
  @Field(() => String) nik!: string;
  @Field(() => String, { nullable: true, description: 'Shown once BPJS TK verified the worker’s record (or confirmed the link to it).' })
  kpj!: string | null;
  @Field(() => BpjsTkParticipantStatus, {
    nullable: true, description: 'PENDING_PAYMENT until paid; then, once verified, the participation’s status (null while awaiting verification).',
  })
  status!: BpjsTkParticipantStatus | null;
}

@ObjectType({ description: 'An employer registered for its workers (PU).' })
export class Employer {
  @Field(() => ID) id!: string;
  @Field(() => String) registrationNumber!: string;
  @Field(() => String) name!: string;
  @Field(() => EmployerStatus) status!: EmployerStatus;
  @Field(() => PaymentCode, { nullable: true }) paymentCode!: PaymentCode | null;
  @Field(() => [EmployerWorker]) workers!: EmployerWorker[];

  registeredBy!: string | null;
}
