// BPJS TK's part of the officers' dashboard (the HubDashboard entity identity serves): JHT claims by
// status, every status listed (0 when none). Staff only (schema.ts).
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { JhtClaimStatus } from '../common/enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'The officers’ dashboard; each service contributes its own counts.' })
export class HubDashboard {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: 'How many JHT claims are in one status.' })
export class JhtClaimStatusCount {
  @Field(() => JhtClaimStatus, { description: 'The claim status counted.' })
  status!: JhtClaimStatus;

  @Field(() => Int, { description: 'How many JHT claims are in that status now (0 when none).' })
  count!: number;
}
