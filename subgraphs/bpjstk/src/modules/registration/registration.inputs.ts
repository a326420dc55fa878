import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { BpjsTkProgram } from '../common/enums';
import { RupiahScalar } from '../common/rupiah.scalar';

@InputType({ description: 'A self-employed person (BPU) joining BPJS Ketenagakerjaan.' })
export class BpuRegistrationInput {
  @Field(() => String, { description: 'The NIK (Nomor Induk Kependudukan), the 16-digit national identity number; it must agree with the birth date.' })
  nik!: string;
  @Field(() => String, { description: 'The full name, as on the KTP (identity card).' }) fullName!: string;
  @Field(() => DateScalar, { description: 'The birth date, `YYYY-MM-DD`.' }) birthDate!: string;
  @Field(() => String, { description: 'E-mail address; a new participant’s KPJ is sent there once the code is paid.' }) email!: string;
  @Field(() => String, { description: 'Mobile phone number.' }) phone!: string;
  @Field(() => String, { description: 'What the person works as, at most 100 characters.' }) occupation!: string;
  @Field(() => RupiahScalar, { description: 'Declared monthly income, whole rupiah.' }) monthlyIncome!: number;
  @Field(() => [BpjsTkProgram], { description: 'JKK and JKM are required; JHT optional; JP is for wage earners only.' })
  programs!: BpjsTkProgram[];
  @Field(() => String, { description: 'Home address, at most 500 characters.' }) address!: string;
  @Field(() => String, { description: 'City, at most 100 characters.' }) city!: string;
  @Field(() => String, { nullable: true, description: 'Retries with the same key return the first registration.' }) idempotencyKey?: string | null;
}

@InputType({ description: 'A worker an employer registers (PU).' })
export class EmployerWorkerInput {
  @Field(() => String, { description: 'The worker’s NIK (16-digit national identity number).' }) nik!: string;
  @Field(() => String, { description: 'The worker’s full name, as on the KTP.' }) fullName!: string;
  @Field(() => DateScalar, { description: 'The worker’s birth date, `YYYY-MM-DD`.' }) birthDate!: string;
  @Field(() => RupiahScalar, { description: 'The monthly wage, whole rupiah: the base of the contributions.' }) monthlyWage!: number;
}

@InputType({ description: 'An employer registering itself and its workers (PU).' })
export class EmployerRegistrationInput {
  @Field(() => String, { description: 'The company’s name.' }) name!: string;
  @Field(() => String, { description: 'The company’s NPWP (tax number).' }) npwp!: string;
  @Field(() => String, { description: 'NIB (OSS business registration number), 13 digits.' }) nib!: string;
  @Field(() => String, { description: 'The owner’s NIK (16-digit national identity number).' }) ownerNik!: string;
  @Field(() => String, { description: 'The owner’s full name.' }) ownerName!: string;
  @Field(() => String, { description: 'The company’s address.' }) address!: string;
  @Field(() => String, { description: 'The company’s city.' }) city!: string;
  @Field(() => String, { description: 'The company’s e-mail address.' }) email!: string;
  @Field(() => String, { description: 'The company’s phone number.' }) phone!: string;
  @Field(() => Int, { description: 'JKK risk class 1 (lowest) to 5.' }) jkkRiskClass!: number;
  @Field(() => [BpjsTkProgram], { description: 'JKK and JKM are required; JHT and JP optional.' }) programs!: BpjsTkProgram[];
  @Field(() => [EmployerWorkerInput], { description: 'The workers, 1 to 1000, each NIK once.' }) workers!: EmployerWorkerInput[];
  @Field(() => [ID], { nullable: true, description: 'Uploads of the caller: company NPWP, owner KTP, workers’ KTP, NIB.' })
  documentIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Retries with the same key return the first registration.' }) idempotencyKey?: string | null;
}
