import { Field, InputType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { Agency, BpjsTkMembership } from '../common/enums';

@InputType({ description: 'The first step of registration: which agency knows you, and your e-mail.' })
export class StartRegistrationInput {
  @Field(() => Agency)
  agency!: Agency;

  @Field(() => String)
  email!: string;
}

@InputType({ description: 'Identity as on the KTP, checked against the agency named at the start.' })
export class RegistrationIdentityInput {
  @Field(() => String)
  nik!: string;

  @Field(() => String)
  fullName!: string;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => String, { nullable: true, description: 'Required for TASPEN.' })
  nip?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for BPJSTK.' })
  kpj?: string | null;

  @Field(() => BpjsTkMembership, { nullable: true, description: 'BPJSTK only; checked when given.' })
  membership?: BpjsTkMembership | null;
}
