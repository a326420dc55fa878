import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How one-time codes reached people: sent and failed messages, and codes officers issued by hand.' })
export class OtpDeliveryStats {
  @Field(() => Int)
  sent!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int)
  manual!: number;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'The officers’ dashboard; each service contributes its own counts.' })
export class HubDashboard {
  @Field(() => ID)
  id!: string;
}
