// BPJS TK's part of the officers' dashboard (the HubDashboard entity identity serves): JHT claims by
// status, every status listed (0 when none), counted by ClaimService. Staff only (schema.ts).
import { statusCountsResolver } from '#domain/dashboard';
import type { BpjsTkContext } from '../../context';
import type { JhtClaimStatus } from '../common/enums';
import { HubDashboard, JhtClaimStatusCount } from './dashboard.type';

export const BpjsTkDashboardResolver = statusCountsResolver<BpjsTkContext, JhtClaimStatus>(HubDashboard, JhtClaimStatusCount, {
  name: 'jhtClaimsByStatus',
  description: 'All JHT claims counted by status, every status listed; for staff only.',
});
