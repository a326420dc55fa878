import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConsentScope, type ConsentScopeName } from '#domain/consent-scope';

@ObjectType({ description: 'A partner app, as shown on consent screens.' })
export class Partner {
  @Field(() => ID, { description: 'The partner’s id (pass it as `partnerId` to `grantConsent`).' })
  id!: string;

  @Field(() => String, { description: 'The partner app’s name, as people see it.' })
  name!: string;
}

@ObjectType({ description: 'A newly registered partner app. The client secret is shown only this once.' })
export class RegisteredPartner {
  @Field(() => ID, { description: 'The partner’s id.' })
  id!: string;

  @Field(() => String, { description: 'The partner app’s name, as registered.' })
  name!: string;

  @Field(() => String, { description: 'OAuth client_id for POST /oauth/token.' })
  clientId!: string;

  @Field(() => String, { description: 'OAuth client_secret: store it now, the hub keeps only its hash.' })
  clientSecret!: string;

  @Field(() => [ConsentScope], { description: 'The most a person can consent to for this partner.' })
  scopes!: ConsentScopeName[];
}

@InputType({ description: 'A partner app to register: its name and the most it may ask people for.' })
export class PartnerRegistrationInput {
  @Field(() => String, { description: 'The name people will see on consent screens and in their access log.' })
  name!: string;

  @Field(() => [ConsentScope], { description: 'The field groups the partner may ask people to consent to.' })
  scopes!: ConsentScopeName[];
}
