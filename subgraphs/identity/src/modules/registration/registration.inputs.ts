import { Field, InputType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { Agency, BpjsTkMembership } from '../common/enums';

@InputType({ description: 'The first step of registration: which agency knows you, and your e-mail.' })
export class StartRegistrationInput {
  @Field(() => Agency, { description: 'The agency whose record the identity step is checked against.' })
  agency!: Agency;

  @Field(() => String, { description: 'The e-mail address to sign in with; the first code goes there (a notice instead if it already has an account).' })
  email!: string;
}

@InputType({ description: 'Identity as on the KTP, checked against the agency named at the start.' })
export class RegistrationIdentityInput {
  @Field(() => String, { description: 'NIK: the 16-digit national identity number on the KTP (identity card).' })
  nik!: string;

  @Field(() => String, { description: 'Full name as on the KTP.' })
  fullName!: string;

  @Field(() => DateScalar, { description: 'Birth date, `YYYY-MM-DD`; must match the date inside the NIK.' })
  birthDate!: string;

  @Field(() => String, { nullable: true, description: 'NIP, the 18-digit civil servant number; required for TASPEN.' })
  nip?: string | null;

  @Field(() => String, { nullable: true, description: 'KPJ, the 11-digit BPJSTK participant number; required for BPJSTK.' })
  kpj?: string | null;

  @Field(() => BpjsTkMembership, { nullable: true, description: 'BPJSTK only; checked when given.' })
  membership?: BpjsTkMembership | null;
}
