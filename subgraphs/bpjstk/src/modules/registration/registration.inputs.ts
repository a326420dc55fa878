import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { BpjsTkProgram } from '../common/enums';
import { RupiahScalar } from '../common/rupiah.scalar';

@InputType({ description: 'A self-employed person (BPU) joining BPJS Ketenagakerjaan.' })
export class BpuRegistrationInput {
  @Field(() => String) nik!: string;
  @Field(() => String) fullName!: string;
  @Field(() => DateScalar) birthDate!: string;
  @Field(() => String) email!: string;
  @Field(() => String) phone!: string;
  @Field(() => String) occupation!: string;
  @Field(() => RupiahScalar, { description: 'Declared monthly income, whole rupiah.' }) monthlyIncome!: number;
  @Field(() => [BpjsTkProgram], { description: 'JKK and JKM are required; JHT optional; JP is for wage earners only.' })
  programs!: BpjsTkProgram[];
  @Field(() => String) address!: string;
  @Field(() => String) city!: string;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class EmployerWorkerInput {
  @Field(() => String) nik!: string;
  @Field(() => String) fullName!: string;
  @Field(() => DateScalar) birthDate!: string;
  @Field(() => RupiahScalar) monthlyWage!: number;
}

@InputType({ description: 'An employer registering itself and its workers (PU).' })
export class EmployerRegistrationInput {
  @Field(() => String) name!: string;
  @Field(() => String) npwp!: string;
  @Field(() => String, { description: 'NIB (OSS business registration number), 13 digits.' }) nib!: string;
  @Field(() => String) ownerNik!: string;
  @Field(() => String) ownerName!: string;
  @Field(() => String) address!: string;
  @Field(() => String) city!: string;
  @Field(() => String) email!: string;
  @Field(() => String) phone!: string;
  @Field(() => Int, { description: 'JKK risk class 1 (lowest) to 5.' }) jkkRiskClass!: number;
  @Field(() => [BpjsTkProgram]) programs!: BpjsTkProgram[];
  @Field(() => [EmployerWorkerInput]) workers!: EmployerWorkerInput[];
  @Field(() => [ID], { nullable: true, description: 'Uploads of the caller: company NPWP, owner KTP, workers’ KTP, NIB.' })
  documentIds?: string[] | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}
