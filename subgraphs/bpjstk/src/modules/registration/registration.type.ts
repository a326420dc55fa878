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
  @Field(() => String, { nullable: true, description: 'The new KPJ; null when the NIK already had one (recover it with recoverKpj).' })
  kpj!: string | null;
  @Field(() => PaymentCode, { nullable: true }) paymentCode!: PaymentCode | null;
}

@ObjectType()
export class EmployerWorker {
  @Field(() => String) nik!: string;
  @Field(() => String) kpj!: string;
  @Field(() => BpjsTkParticipantStatus, { nullable: true }) status!: BpjsTkParticipantStatus | null;
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
