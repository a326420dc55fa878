// The OTP fallback: when SMS cannot reach a person, an officer lists registrations stuck at phone
// verification and issues codes by hand (channel MANUAL, 24 hours). The code is shown once and
// never stored; every issue goes to the audit trail in the same transaction.
import type { RequestScope } from '../../request-scope';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '#platform/auth/caller';
import { appendAudit } from '#platform/audit/audit-log';
import { BadInputError, ForbiddenError } from '#platform/errors';
import { maskPhone } from '#platform/masking';
import { boundedFirst } from '#platform/federation/page-info';
import { requireText } from '#platform/validation/require';
import { RegistrationStep } from '../common/enums';
import type { OtpService } from '../otp/otp.service';
import { PENDING } from './manual-otp.page';
import { RegistrationRecord } from '../registration/registration.entity';
import { ManualOtpRecord } from './manual-otp.entity';
import type { ManualOtpBatch, ManualOtpBatchInput, PendingPhoneVerification } from './manual-otp.type';
import { agencyScope } from './staff-scope';

export const MAX_BATCH = 100;

export class ManualOtpService {
  constructor(private readonly deps: { otp: OtpService }) {}

  async pending(scope: RequestScope, caller: Caller, first: number | null | undefined): Promise<PendingPhoneVerification[]> {
    // Checked before the database, as every list's `first` is: BAD_USER_INPUT outside its bounds.
    const limit = boundedFirst(first, PENDING.list);
    if (limit === 0) return [];
    const rows = await scope.em.getRepository(RegistrationRecord).pendingPhoneVerifications(limit, agencyScope(caller));
    return rows.map((row) => ({
      registrationId: row.id,
      fullName: row.fullName ?? null,
      destination: maskPhone(row.phone ?? ''),
      startedAt: row.createdAt,
    }));
  }

  async issue(scope: RequestScope, caller: Caller, input: ManualOtpBatchInput): Promise<ManualOtpBatch> {
    if (caller.kind !== 'staff') throw new ForbiddenError();
    const reason = requireText('reason', input.reason, 500);
    const ids = [...new Set(input.registrationIds)];
    if (ids.length === 0) throw new BadInputError('registrationIds', 'Name at least one registration.');
    if (ids.length > MAX_BATCH) throw new BadInputError('registrationIds', `At most ${MAX_BATCH} registrations at once.`);
    const agency = agencyScope(caller);
    return scope.em.transactional(async (em) => {
      const rows = await em.getRepository(RegistrationRecord).findLiveByIds(ids);
      const usable = rows.filter((row) => row.nextStep === RegistrationStep.VERIFY_PHONE && row.phone && (!agency || row.agency === agency));
      if (usable.length !== ids.length) {
        throw new BadInputError('registrationIds', 'Every registration must be waiting for phone verification (and be of your agency).');
      }
      const batchId = randomUUID();
      const items = [];
      for (const registration of usable) {
        const { challenge, code } = await this.deps.otp.issueManual({
          purpose: 'REGISTRATION_PHONE',
          subject: registration.id,
          destination: registration.phone!,
        });
        registration.challengeId = challenge.id;
        em.create(ManualOtpRecord, {
          batchId,
          registrationId: registration.id,
          challengeId: challenge.id,
          issuedBy: caller.accountId,
          reason,
          expiresAt: new Date(challenge.expiresAt),
          createdAt: new Date(),
        });
        await appendAudit(em, {
          subjectNik: registration.nik ?? null,
          actorKind: 'STAFF',
          actorId: caller.accountId,
          actorName: caller.email,
          action: 'MANUAL_OTP_ISSUED',
          purpose: reason,
          fields: ['phone'],
          details: { batchId, registrationId: registration.id, challengeId: challenge.id },
        });
        items.push({ registrationId: registration.id, destination: maskPhone(registration.phone!), code, expiresAt: new Date(challenge.expiresAt) });
      }
      await em.flush();
      return { batchId, items };
    });
  }
}

/** How many codes officers have issued by hand (for the dashboard). */
export async function countManualOtps(em: EntityManager, since?: Date): Promise<number> {
  return em.count(ManualOtpRecord, since ? { createdAt: { $gte: since } } : {});
}
