import { Field, ID, ObjectType } from 'type-graphql';
import { RegistrationStep } from '../common/enums';
import { OtpChallenge } from '../otp/otp.type';

@ObjectType({ description: 'Where a registration stands and, at a verification step, the code on its way.' })
export class RegistrationProgress {
  @Field(() => ID, { description: 'The registration’s id: pass it to every later step.' })
  registrationId!: string;

  @Field(() => RegistrationStep, { description: 'What the registration needs next.' })
  nextStep!: RegistrationStep;

  @Field(() => OtpChallenge, {
    nullable: true,
    description: 'The code just sent (by `startRegistration` and `setRegistrationPhone`); null after the other steps.',
  })
  challenge?: OtpChallenge | null;
}
