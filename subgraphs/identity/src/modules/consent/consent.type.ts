import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { registerEnum, type EnumValue } from '#platform/federation/enums';
import { ConsentScope, type ConsentScopeName } from '#domain/consent-scope';
import { Partner } from '../partner/partner.type';

export const ConsentStatus = registerEnum('ConsentStatus', 'Whether a consent still lets the partner read.', {
  ACTIVE: 'In force: the partner may read the consented field groups.',
  REVOKED: 'Ended by the person (or replaced by a newer consent to the same partner).',
  EXPIRED: 'Past its `expiresAt`.',
});
export type ConsentStatus = EnumValue<typeof ConsentStatus>;

@ObjectType({ description: 'A person’s consent to a partner app.' })
export class Consent {
  @Field(() => ID, { description: 'The consent’s id (used by `revokeConsent`).' })
  id!: string;

  @Field(() => Partner, { nullable: true, description: 'The partner app the consent is given to.' })
  partner?: Partner | null;

  @Field(() => [ConsentScope], { description: 'The field groups the partner may read.' })
  scopes!: ConsentScopeName[];

  @Field(() => String, { description: 'What the partner may use the data for, as the person stated it.' })
  purpose!: string;

  @Field(() => Date, { description: 'When the person gave the consent.' })
  grantedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Null: until revoked.' })
  expiresAt?: Date | null;

  @Field(() => ConsentStatus, { description: 'Whether the consent is still in force.' })
  status!: ConsentStatus;

  /** Not exposed: resolves `partner`. */
  partnerId!: string;
}

@InputType({ description: 'A consent to give: to which partner, which field groups, for what, until when.' })
export class ConsentInput {
  @Field(() => ID, { description: 'The partner’s id, from `partners`.' })
  partnerId!: string;

  @Field(() => [ConsentScope], { description: 'The field groups the partner may read; only scopes registered for that partner.' })
  scopes!: ConsentScopeName[];

  @Field(() => String, { description: 'What the partner may use the data for (at most 500 characters).' })
  purpose!: string;

  @Field(() => Date, { nullable: true, description: 'When the consent ends, in the future; null: until revoked.' })
  expiresAt?: Date | null;
}
