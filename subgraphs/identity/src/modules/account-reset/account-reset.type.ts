import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { registerEnum, type EnumValue } from '#platform/federation/enums';
import { DateScalar } from '#platform/federation/scalars';
import { Person } from '../person/person.type';

export const AccountResetStatus = registerEnum('AccountResetStatus', 'Where an account-reset ticket stands.', {
  OPEN: 'Waiting for an officer’s decision.',
  APPROVED: 'Approved: the old account, if any, is disabled and the NIK may register again with the e-mail and phone of the ticket.',
  REJECTED: 'Rejected by an officer; nothing changed.',
  CANCELLED: 'Stopped because the account’s holder signed in while the ticket was open.',
});
export type AccountResetStatus = EnumValue<typeof AccountResetStatus>;

@InputType({ description: 'Prove the identity behind a NIK to free it from an account you can no longer use.' })
export class AccountResetInput {
  @Field(() => String, { description: 'NIK (the 16-digit national identity number on the KTP) to free.' })
  nik!: string;

  @Field(() => String, { description: 'Full name as on the KTP; checked against the agencies’ records.' })
  fullName!: string;

  @Field(() => DateScalar, { description: 'Birth date, `YYYY-MM-DD`; must match the NIK and the agencies’ records.' })
  birthDate!: string;

  @Field(() => String, { description: 'The e-mail the new registration must use once the reset is approved.' })
  newEmail!: string;

  @Field(() => String, { description: 'The mobile number (`08…` or `+628…`) the new registration must use once the reset is approved.' })
  newPhone!: string;

  @Field(() => String, { description: 'Why the old account cannot be used (at most 1000 characters).' })
  reason!: string;
}

@ObjectType({ description: 'An account-reset ticket, resolved by staff within five working days.' })
export class AccountResetTicket {
  @Field(() => ID, { description: 'The ticket’s id (officers pass it to `resolveAccountReset`).' })
  ticketId!: string;

  @Field(() => AccountResetStatus, { description: 'Where the ticket stands.' })
  status!: AccountResetStatus;

  @Field(() => DateScalar, { nullable: true, description: 'The day a decision is due, `YYYY-MM-DD` (five working days after the request).' })
  expectedResolutionDate?: string | null;
}

@ObjectType({ description: 'An open reset request as an officer decides it: what was asked, beside the person’s records.' })
export class AccountResetRequest {
  @Field(() => ID, { description: 'The ticket’s id, for `resolveAccountReset`.' }) ticketId!: string;
  @Field(() => AccountResetStatus, { description: 'Always OPEN in this list.' }) status!: AccountResetStatus;
  @Field(() => String, { description: 'The name the request stated.' }) fullName!: string;
  @Field(() => DateScalar, { description: 'The birth date the request stated.' }) birthDate!: string;
  @Field(() => String, { description: 'The new e-mail, masked.' }) newEmail!: string;
  @Field(() => String, { description: 'The new phone, masked.' }) newPhone!: string;
  @Field(() => String, { description: 'Why the requester cannot use the old account.' }) reason!: string;
  @Field(() => Date, { description: 'When the request was made.' }) requestedAt!: Date;
  @Field(() => Person, { description: 'The person by NIK: the agencies’ records beside the request (each read is logged).' })
  person!: Person;
}
