import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { Person } from '../person/person.type';

export enum AccountResetStatus {
  OPEN = 'OPEN',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** The account's holder signed in while the ticket was open: that stops it. */
  CANCELLED = 'CANCELLED',
}
registerEnumType(AccountResetStatus, { name: 'AccountResetStatus' });

@InputType({ description: 'Prove the identity behind a NIK to free it from an account you can no longer use.' })
export class AccountResetInput {
  @Field(() => String)
  nik!: string;

  @Field(() => String)
  fullName!: string;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => String)
  newEmail!: string;

  @Field(() => String)
  newPhone!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType({ description: 'An account-reset ticket, resolved by staff within five working days.' })
export class AccountResetTicket {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => AccountResetStatus)
  status!: AccountResetStatus;

  @Field(() => DateScalar, { nullable: true })
  expectedResolutionDate?: string | null;
}

@ObjectType({ description: 'An open reset request as an officer decides it: what was asked, beside the person’s records.' })
export class AccountResetRequest {
  @Field(() => ID) ticketId!: string;
  @Field(() => AccountResetStatus) status!: AccountResetStatus;
  @Field(() => String, { description: 'The name the request stated.' }) fullName!: string;
  @Field(() => DateScalar, { description: 'The birth date the request stated.' }) birthDate!: string;
  @Field(() => String, { description: 'The new e-mail, masked.' }) newEmail!: string;
  @Field(() => String, { description: 'The new phone, masked.' }) newPhone!: string;
  @Field(() => String) reason!: string;
  @Field(() => Date) requestedAt!: Date;
  @Field(() => Person, { description: 'The person by NIK: the agencies’ records beside the request (each read is logged).' })
  person!: Person;
}
