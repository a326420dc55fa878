import { Field, ID, InputType, ObjectType } from 'type-graphql';

@InputType()
export class KioskRegistrationInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  location!: string;
}

@ObjectType({ description: 'A newly registered MPP kiosk. The device token is shown only this once.' })
export class RegisteredKiosk {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { description: 'Install it on the kiosk: `Authorization: Bearer <deviceToken>`. The hub keeps only its hash.' })
  deviceToken!: string;
}

@ObjectType({ description: 'The calling kiosk, as its device token shows it: what the kiosk screen names itself.' })
export class KioskDevice {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  location!: string;
}

@ObjectType({ description: 'A kiosk session for one person: valid five minutes.' })
export class KioskSession {
  @Field(() => String)
  accessToken!: string;

  @Field(() => Date)
  expiresAt!: Date;
}
