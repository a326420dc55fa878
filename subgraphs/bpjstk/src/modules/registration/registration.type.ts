import { Field, ID, ObjectType } from 'type-graphql';
import { BpjsTkParticipantStatus, EmployerStatus } from '../common/enums';
import { RupiahScalar } from '../common/rupiah.scalar';

@ObjectType({ description: 'Pay this code (virtual account) to activate the participation.' })
export class PaymentCode {
  @Field(() => String, { description: 'The virtual account number to pay, 16 digits.' }) code!: string;
  @Field(() => RupiahScalar, { description: 'First month’s contributions, whole rupiah.' }) amount!: number;
  @Field(() => Date, { description: 'When the code expires unpaid (48 hours after it was made).' }) expiresAt!: Date;
}

@ObjectType({ description: 'A self-employed person’s (BPU) registration, answered alike for a new and a known NIK.' })
export class BpuRegistration {
  @Field(() => ID, { description: 'The registration’s id.' }) id!: string;
  @Field(() => BpjsTkParticipantStatus, { description: 'PENDING_PAYMENT until the payment code is paid, then ACTIVE.' }) status!: BpjsTkParticipantStatus;
  @Field(() => String, {
    nullable: true,
    description: 'Always null: the answer must not tell a new NIK from a known one. A new participant’s KPJ is e-mailed once the code is paid.',
  })
  kpj!: string | null;
  @Field(() => PaymentCode, { nullable: true, description: 'The code to pay the first month’s contributions.' }) paymentCode!: PaymentCode | null;
}

@ObjectType({ description: 'A worker an employer registered; the registrant learns nothing of an existing BPJS TK record until it is verified.' })
export class EmployerWorker {
  @Field(() => String, { description: 'The worker’s NIK (16-digit national identity number), as registered.' }) nik!: string;
  @Field(() => String, { nullable: true, description: 'Shown once BPJS TK verified the worker’s record (or confirmed the link to it).' })
  kpj!: string | null;
  @Field(() => BpjsTkParticipantStatus, {
    nullable: true,
    description: 'PENDING_PAYMENT until paid; then, once verified, the participation’s status (null while awaiting verification).',
  })
  status!: BpjsTkParticipantStatus | null;
}

@ObjectType({ description: 'An employer registered for its workers (PU).' })
export class Employer {
  @Field(() => ID, { description: 'The employer’s id (for the employer query).' }) id!: string;
  @Field(() => String, { description: 'The BPJS TK employer registration number, `PU-YYYY-NNNNNNNN`.' }) registrationNumber!: string;
  @Field(() => String, { description: 'The company’s name.' }) name!: string;
  @Field(() => EmployerStatus, { description: 'Whether the registration is paid.' }) status!: EmployerStatus;
  @Field(() => PaymentCode, { nullable: true, description: 'The code to pay the first month’s contributions of all the workers.' })
  paymentCode!: PaymentCode | null;
  @Field(() => [EmployerWorker], { description: 'The workers registered, in the order given.' }) workers!: EmployerWorker[];

  registeredBy!: string | null;
}
