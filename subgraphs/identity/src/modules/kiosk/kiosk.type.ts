import { Field, ID, InputType, ObjectType } from 'type-graphql';

@InputType({ description: 'A kiosk to register: what it is called and where it stands.' })
export class KioskRegistrationInput {
  @Field(() => String, { description: 'The kiosk’s name (at most 200 characters); people see it in their access log.' })
  name!: string;

  @Field(() => String, { description: 'Where the kiosk stands, e.g. the MPP (public service mall) and counter (at most 300 characters).' })
  location!: string;
}

@ObjectType({ description: 'A newly registered MPP kiosk. The device token is shown only this once.' })
export class RegisteredKiosk {
  @Field(() => ID, { description: 'The kiosk’s id.' })
  id!: string;

  @Field(() => String, { description: 'The kiosk’s name, as registered.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Where the kiosk stands, as registered.' })
  location?: string | null;

  @Field(() => String, { description: 'Install it on the kiosk: `Authorization: Bearer <deviceToken>`. The hub keeps only its hash.' })
  deviceToken!: string;
}

@ObjectType({ description: 'The calling kiosk, as its device token shows it: what the kiosk screen names itself.' })
export class KioskDevice {
  @Field(() => ID, { description: 'The kiosk’s id.' })
  id!: string;

  @Field(() => String, { description: 'The kiosk’s name, as registered.' })
  name!: string;

  @Field(() => String, { description: 'Where the kiosk stands, as registered.' })
  location!: string;
}

@ObjectType({ description: 'A kiosk session for one person: valid five minutes.' })
export class KioskSession {
  @Field(() => String, { description: 'JWT for `Authorization: Bearer …` on the kiosk: this person’s data only, valid five minutes.' })
  accessToken!: string;

  @Field(() => Date, { description: 'When the session token expires.' })
  expiresAt!: Date;
}
