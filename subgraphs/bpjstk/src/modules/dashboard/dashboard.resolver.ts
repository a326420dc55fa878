// BPJS TK's part of the officers' dashboard (the HubDashboard entity identity serves): JHT claims by
// status, every status listed (0 when none). Staff only (schema.ts).
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import type { ClaimService } from '../claim/claim.service';
import { HubDashboard, JhtClaimStatusCount } from './dashboard.type';

@Resolver(() => HubDashboard)
export class BpjsTkDashboardResolver {
  constructor(private readonly claims: ClaimService) {}

  @FieldResolver(() => [JhtClaimStatusCount], { nullable: true, description: 'All JHT claims counted by status, every status listed; for staff only.' })
  jhtClaimsByStatus(@Ctx() ctx: BpjsTkContext): Promise<JhtClaimStatusCount[]> {
    return this.claims.countsByStatus(ctx);
  }
}
