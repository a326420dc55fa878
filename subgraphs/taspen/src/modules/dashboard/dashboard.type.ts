// Taspen's part of the officers' dashboard (the HubDashboard entity identity serves): submissions by
// status, every status listed (0 when none). Staff only (schema.ts).
import { hubDashboardEntity, statusCountOf, type StatusCount } from '#domain/dashboard';
import { TaspenSubmissionStatus } from '../common/enums';

export const HubDashboard = hubDashboardEntity();

export const TaspenSubmissionStatusCount = statusCountOf(TaspenSubmissionStatus, 'TaspenSubmissionStatusCount', {
  type: 'How many Taspen submissions are in one status.',
  status: 'The status counted.',
  count: 'How many submissions are in this status now (0 when none).',
});
export type TaspenSubmissionStatusCount = StatusCount<TaspenSubmissionStatus>;
