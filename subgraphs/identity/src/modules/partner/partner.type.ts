import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConsentScope } from '../consent/consent-scope.enum';

@ObjectType({ description: 'A partner app, as shown on consent screens.' })
export class Partner {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: 'A newly registered partner app. The client secret is shown only this once.' })
export class RegisteredPartner {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'OAuth client_id for POST /oauth/token.' })
  clientId!: string;

  @Field(() => String, { description: 'OAuth client_secret: store it now, the hub keeps only its hash.' })
  clientSecret!: string;

  @Field(() => [ConsentScope], { description: 'The most a person can consent to for this partner.' })
  scopes!: ConsentScope[];
}

@InputType()
export class PartnerRegistrationInput {
  @Field(() => String)
  name!: string;

  @Field(() => [ConsentScope])
  scopes!: ConsentScope[];
}
