// Taspen's part of the officers' dashboard (the HubDashboard entity identity serves): submissions by
// status, every status listed (0 when none). Staff only (schema.ts).
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { TaspenSubmissionStatus } from '../common/enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'The officers’ dashboard; each service contributes its own counts.' })
export class HubDashboard {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: 'How many Taspen submissions are in one status.' })
export class TaspenSubmissionStatusCount {
  @Field(() => TaspenSubmissionStatus, { description: 'The status counted.' })
  status!: TaspenSubmissionStatus;

  @Field(() => Int, { description: 'How many submissions are in this status now (0 when none).' })
  count!: number;
}
