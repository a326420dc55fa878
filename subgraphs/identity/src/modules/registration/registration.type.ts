import { Field, ID, ObjectType } from 'type-graphql';
import { RegistrationStep } from '../common/enums';
import { OtpChallenge } from '../otp/otp.type';

@ObjectType({ description: 'Where a registration stands and, at a verification step, the code on its way.' })
export class RegistrationProgress {
  @Field(() => ID)
  registrationId!: string;

  @Field(() => RegistrationStep)
  nextStep!: RegistrationStep;

  @Field(() => OtpChallenge, { nullable: true })
  challenge?: OtpChallenge | null;
}
