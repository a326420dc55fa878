import { Field, ID, ObjectType } from 'type-graphql';
import { registerEnum, type EnumValue } from '#platform/federation/enums';
import { Person } from '../person/person.type';

/** What an account may do: a participant, or one or more staff roles. */
export const AccountRole = registerEnum('AccountRole', 'What an account may do: a participant, or one or more staff roles.', {
  PARTICIPANT: 'A person using their own account.',
  TASPEN_OFFICER: 'Reviews Taspen work.',
  BPJSTK_OFFICER: 'Reviews BPJS Ketenagakerjaan work.',
  HUB_ADMIN: 'Partners, kiosks, manual OTPs and dashboards.',
  AUDITOR: 'Reads dashboards and checks the access log.',
});
export type AccountRole = EnumValue<typeof AccountRole>;

@ObjectType({ description: 'The signed-in account.' })
export class Account {
  @Field(() => ID, { description: 'The account’s id.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'The sign-in e-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile number, E.164 (`+628…`).' })
  phone?: string | null;

  @Field(() => [AccountRole], { description: 'Staff roles, or PARTICIPANT.' })
  roles!: string[];

  @Field(() => Person, { nullable: true, description: 'The participant’s own person; null for staff.' })
  person?: Person | null;
}
