import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../context';
import type { DashboardService } from './dashboard.service';
import { HubDashboard, OtpDeliveryStats } from './dashboard.type';

@Resolver(() => HubDashboard)
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Query(() => HubDashboard, { nullable: true, description: 'Counts for officers (staff only).' })
  hubDashboard(): HubDashboard {
    return this.dashboards.dashboard();
  }

  @FieldResolver(() => OtpDeliveryStats, { nullable: true, description: 'How one-time codes reached people, all time (any staff role).' })
  otpDelivery(@Ctx() ctx: IdentityContext): Promise<OtpDeliveryStats> {
    return this.dashboards.otpDelivery(ctx);
  }
}
