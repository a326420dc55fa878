import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A registration waiting at phone verification (SMS may not reach the person).' })
export class PendingPhoneVerification {
  @Field(() => ID, { description: 'The registration’s id (pass it to `issueManualOtps`).' })
  registrationId!: string;

  @Field(() => String, { nullable: true, description: 'The full name given at the identity step.' })
  fullName?: string | null;

  @Field(() => String, { description: 'The phone number, masked.' })
  destination!: string;

  @Field(() => Date, { description: 'When the registration was started.' })
  startedAt!: Date;
}

@InputType({ description: 'Manual codes for one registration or a group, with the reason (audited).' })
export class ManualOtpBatchInput {
  @Field(() => [ID], { description: 'Registrations waiting at VERIFY_PHONE, 1 to 100 (officers: of their own agency).' })
  registrationIds!: string[];

  @Field(() => String, { description: 'Why the codes are issued by hand, e.g. the request form (at most 500 characters; audited).' })
  reason!: string;
}

@ObjectType({ description: 'A code issued by hand for one registration.' })
export class ManualOtpItem {
  @Field(() => ID, { description: 'The registration the code is for.' })
  registrationId!: string;

  @Field(() => String, { description: 'The phone number, masked.' })
  destination!: string;

  @Field(() => String, { description: 'The code, shown this once: hand it to the person (valid 24 hours).' })
  code!: string;

  @Field(() => Date, { description: 'When the code stops working (24 hours after issue).' })
  expiresAt!: Date;
}

@ObjectType({ description: 'Codes issued by hand together, one per registration.' })
export class ManualOtpBatch {
  @Field(() => ID, { description: 'The batch’s id (in the audit trail).' })
  batchId!: string;

  @Field(() => [ManualOtpItem], { description: 'One code per registration asked for.' })
  items!: ManualOtpItem[];
}
