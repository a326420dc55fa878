import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConsentScope } from './consent-scope.enum';
import { Partner } from '../partner/partner.type';

export enum ConsentStatus {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ConsentStatus, { name: 'ConsentStatus' });

@ObjectType({ description: 'A person’s consent to a partner app.' })
export class Consent {
  @Field(() => ID)
  id!: string;

  @Field(() => Partner, { nullable: true })
  partner?: Partner | null;

  @Field(() => [ConsentScope])
  scopes!: ConsentScope[];

  @Field(() => String)
  purpose!: string;

  @Field(() => Date)
  grantedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Null: until revoked.' })
  expiresAt?: Date | null;

  @Field(() => ConsentStatus)
  status!: ConsentStatus;

  /** Not exposed: resolves `partner`. */
  partnerId!: string;
}

@InputType()
export class ConsentInput {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => [ConsentScope])
  scopes!: ConsentScope[];

  @Field(() => String)
  purpose!: string;

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;
}
