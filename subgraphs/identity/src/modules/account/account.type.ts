import { Field, ID, ObjectType } from 'type-graphql';
import { Person } from '../person/person.type';

@ObjectType({ description: 'The signed-in account.' })
export class Account {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile number, E.164 (`+628…`).' })
  phone?: string | null;

  @Field(() => [String], { description: 'Staff roles (TASPEN_OFFICER, BPJSTK_OFFICER, HUB_ADMIN, AUDITOR), or PARTICIPANT.' })
  roles!: string[];

  @Field(() => Person, { nullable: true, description: 'The participant’s own person; null for staff.' })
  person?: Person | null;
}
