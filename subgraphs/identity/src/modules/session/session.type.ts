import { Field, ObjectType } from 'type-graphql';
import { Account } from '../account/account.type';

@ObjectType({ description: 'A signed-in session: a short-lived access token and a single-use refresh token.' })
export class AuthTokens {
  @Field(() => String, { description: 'EdDSA JWT for `Authorization: Bearer …`, valid 15 minutes.' })
  accessToken!: string;

  @Field(() => String, { description: 'Opaque, single use: `refreshSession` returns a new one each time.' })
  refreshToken!: string;

  @Field(() => Date, { description: 'When the access token expires.' })
  expiresAt!: Date;

  @Field(() => Account, { nullable: true, description: 'The account signed in.' })
  account?: Account | null;
}
