// Taspen's part of the officers' dashboard (the HubDashboard entity identity serves): submissions by
// status, every status listed (0 when none), counted by SubmissionService. Staff only (schema.ts).
import { statusCountsResolver } from '#domain/dashboard';
import type { TaspenContext } from '../../context';
import type { TaspenSubmissionStatus } from '../common/enums';
import { HubDashboard, TaspenSubmissionStatusCount } from './dashboard.type';

export const TaspenDashboardResolver = statusCountsResolver<TaspenContext, TaspenSubmissionStatus>(HubDashboard, TaspenSubmissionStatusCount, {
  name: 'taspenSubmissionsByStatus',
  description: 'Taspen submissions counted by status, every status listed; staff only.',
});
