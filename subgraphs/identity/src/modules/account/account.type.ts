import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Person } from '../person/person.type';

/** What an account may do: a participant, or one or more staff roles. */
export enum AccountRole {
  PARTICIPANT = 'PARTICIPANT',
  TASPEN_OFFICER = 'TASPEN_OFFICER',
  BPJSTK_OFFICER = 'BPJSTK_OFFICER',
  HUB_ADMIN = 'HUB_ADMIN',
  AUDITOR = 'AUDITOR',
}
registerEnumType(AccountRole, {
  name: 'AccountRole',
  description: 'What an account may do: a participant, or one or more staff roles.',
  valuesConfig: {
    PARTICIPANT: { description: 'A person using their own account.' },
    TASPEN_OFFICER: { description: 'Reviews Taspen work.' },
    BPJSTK_OFFICER: { description: 'Reviews BPJS Ketenagakerjaan work.' },
    HUB_ADMIN: { description: 'Partners, kiosks, manual OTPs and dashboards.' },
    AUDITOR: { description: 'Reads dashboards and checks the access log.' },
  },
});

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
