// BPJS TK's part of the officers' dashboard (the HubDashboard entity identity serves): JHT claims by
// status, every status listed (0 when none). Staff only (schema.ts).
import { hubDashboardEntity, statusCountOf, type StatusCount } from '#domain/dashboard';
import { JhtClaimStatus } from '../common/enums';

export const HubDashboard = hubDashboardEntity();

export const JhtClaimStatusCount = statusCountOf(JhtClaimStatus, 'JhtClaimStatusCount', {
  type: 'How many JHT claims are in one status.',
  status: 'The claim status counted.',
  count: 'How many JHT claims are in that status now (0 when none).',
});
export type JhtClaimStatusCount = StatusCount<JhtClaimStatus>;
