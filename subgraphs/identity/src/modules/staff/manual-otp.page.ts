// Registrations stuck at phone verification as a page of the one connection shape, beside the plain list the
// contract reads (`pendingPhoneVerifications(first)`). At most the 200 oldest are kept.
import { boundedFirst, connectionOf, ListAndPages, pageOfList, type Page } from '#platform/federation/page-info';
import type { Caller } from '#platform/auth/caller';
import type { ManualOtpService } from './manual-otp.service';
import type { RequestScope } from '../../request-scope';
import { PendingPhoneVerification } from './manual-otp.type';

export const PENDING = new ListAndPages({ list: { default: 50, max: 200 }, page: { default: 20, max: 200 } });

export const PendingPhoneVerificationConnection = connectionOf(PendingPhoneVerification, 'PendingPhoneVerificationConnection', {
  page: 'A page of the registrations waiting at phone verification, oldest first.',
  total: 'Registrations waiting at phone verification in all (the 200 oldest), of the officer’s agency.',
  nodes: 'The registrations of this page.',
});

export async function pendingPage(
  service: ManualOtpService,
  scope: RequestScope,
  caller: Caller,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<PendingPhoneVerification>> {
  const size = boundedFirst(first, PENDING.page);
  const rows = await service.pending(scope, caller, PENDING.list.max);
  return pageOfList(rows, (row) => row.registrationId, size, after, PENDING.page.max);
}
