import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { total } from '#platform/messaging/outbox-stats';
import { countOutbox } from '#platform/messaging/outbox-stats';
import type { IdentityContext } from '../../context';
import { countManualOtps } from '../staff/manual-otp.service';
import { HubDashboard, OtpDeliveryStats } from './dashboard.type';

export const HUB_DASHBOARD_ID = 'hub';

@Resolver(() => HubDashboard)
export class DashboardResolver {
  @Query(() => HubDashboard, { nullable: true, description: 'Counts for officers (staff only).' })
  hubDashboard(): HubDashboard {
    return { id: HUB_DASHBOARD_ID };
  }

  @FieldResolver(() => OtpDeliveryStats, { nullable: true, description: 'How one-time codes reached people, all time (any staff role).' })
  async otpDelivery(@Ctx() ctx: IdentityContext): Promise<OtpDeliveryStats> {
    const [counts, manual] = await Promise.all([countOutbox(ctx.db, 'identity') /* one-time codes are identity's messages */, countManualOtps(ctx.em)]);
    return { sent: total(counts, 'SENT', 'OTP'), failed: total(counts, 'FAILED', 'OTP'), manual };
  }
}
