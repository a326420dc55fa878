// identity's part of the officers' dashboard: how one-time codes reached people, all time.
import { countOutbox, total } from '#platform/messaging/outbox-stats';
import type { IdentityContext } from '../../context';
import { countManualOtps } from '../staff/manual-otp.service';
import type { HubDashboard, OtpDeliveryStats } from './dashboard.type';

export const HUB_DASHBOARD_ID = 'hub';

export class DashboardService {
  /** There is one dashboard; each service contributes its own counts to it. */
  dashboard(): HubDashboard {
    return { id: HUB_DASHBOARD_ID };
  }

  /** Messages carrying a code sent and failed (the outbox), and codes officers issued by hand. */
  async otpDelivery(scope: Pick<IdentityContext, 'db' | 'em'>): Promise<OtpDeliveryStats> {
    const [counts, manual] = await Promise.all([countOutbox(scope.db, 'identity') /* one-time codes are identity's messages */, countManualOtps(scope.em)]);
    return { sent: total(counts, 'SENT', 'OTP'), failed: total(counts, 'FAILED', 'OTP'), manual };
  }
}
