// BPJS TK's part of the officers' dashboard (the HubDashboard entity identity serves): JHT claims by
// status, every status listed (0 when none). Staff only (schema.ts).
import { Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import { JhtClaimRecord } from '../claim/claim.entity';
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

@Resolver(() => HubDashboard)
export class BpjsTkDashboardResolver {
  @FieldResolver(() => [JhtClaimStatusCount], { nullable: true, description: 'All JHT claims counted by status, every status listed; for staff only.' })
  async jhtClaimsByStatus(@Ctx() ctx: BpjsTkContext): Promise<JhtClaimStatusCount[]> {
    const counts = await ctx.em.getRepository(JhtClaimRecord).countsByStatus();
    return Object.values(JhtClaimStatus).map((status) => ({ status, count: counts.get(status) ?? 0 }));
  }
}
