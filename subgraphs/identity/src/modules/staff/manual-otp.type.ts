import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A registration waiting at phone verification (SMS may not reach the person).' })
export class PendingPhoneVerification {
  @Field(() => ID)
  registrationId!: string;

  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @Field(() => String, { description: 'The phone number, masked.' })
  destination!: string;

  @Field(() => Date)
  startedAt!: Date;
}

@InputType({ description: 'Manual codes for one registration or a group, with the reason (audited).' })
export class ManualOtpBatchInput {
  @Field(() => [ID])
  registrationIds!: string[];

  @Field(() => String)
  reason!: string;
}

@ObjectType()
export class ManualOtpItem {
  @Field(() => ID)
  registrationId!: string;

  @Field(() => String, { description: 'The phone number, masked.' })
  destination!: string;

  @Field(() => String, { description: 'The code, shown this once: hand it to the person (valid 24 hours).' })
  code!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType()
export class ManualOtpBatch {
  @Field(() => ID)
  batchId!: string;

  @Field(() => [ManualOtpItem])
  items!: ManualOtpItem[];
}
