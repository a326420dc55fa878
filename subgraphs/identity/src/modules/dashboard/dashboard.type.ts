import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How one-time codes reached people: sent and failed messages, and codes officers issued by hand.' })
export class OtpDeliveryStats {
  @Field(() => Int, { description: 'Messages carrying a code (e-mail and SMS) sent, in all.' })
  sent!: number;

  @Field(() => Int, { description: 'Messages carrying a code that could not be delivered after every retry.' })
  failed!: number;

  @Field(() => Int, { description: 'Codes officers issued by hand (`issueManualOtps`).' })
  manual!: number;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'The officers’ dashboard; each service contributes its own counts.' })
export class HubDashboard {
  @Field(() => ID, { description: 'Always `hub`: there is one dashboard.' })
  id!: string;
}
