// The BPJS TK officers' verification queue: self-registered records to verify, and registrations asking
// to be linked to a record BPJS TK already holds. Deciding an item is audited; confirming a link is the
// moment a registration changes the existing record (status, employer, membership) — and only then.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessLog } from '#platform/audit/access-log';
import { ConflictError, ForbiddenError, NotFoundError } from '#platform/errors';
import { requireText } from '#platform/validation/require';
import type { BpjsTkContext } from '../../context';
import type { PaymentService } from '../payment/payment.service';
import { toParticipant } from '../participant/participant.view';
import { BpjsTkParticipantRecord } from '../participant/participant.entity';
import { BpuRegistrationRecord } from '../registration/registration.entity';
import { ParticipantLinkRecord } from './verification.entity';
import type { UnverifiedRow } from './verification.repository';
import { ParticipantVerificationKind, VerificationDecision, type ParticipantVerification } from './verification.type';

/** What a verification call needs of its request. */
export type VerificationScope = Pick<BpjsTkContext, 'caller' | 'em' | 'loaders'>;

export interface VerificationServiceDeps {
  /** A confirmed link applies its registration's payment as if the record had been new. */
  payments: Pick<PaymentService, 'activateBpuParticipation' | 'activateWorkers'>;
  /** Where the officer's decision is logged (identity owns the access log). */
  accessLog: AccessLog;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fromLink(link: ParticipantLinkRecord): ParticipantVerification {
  return {
    id: `link:${link.id}`,
    kind: ParticipantVerificationKind.LINK,
    source: link.source,
    nik: link.nik,
    fullName: link.fullName,
    birthDate: link.birthDate,
    employerName: link.employer?.getEntity().name ?? null,
    paid: Boolean(link.paidAt),
    status: link.status === 'CONFIRMED' ? 'VERIFIED' : link.status,
    createdAt: new Date(link.createdAt),
    record: null,
  };
}

function fromRecord(row: UnverifiedRow, status = 'PENDING'): ParticipantVerification {
  return {
    id: `record:${row.kpj}`,
    kind: ParticipantVerificationKind.NEW_RECORD,
    source: row.membership === 'BPU' ? 'BPU' : 'EMPLOYER',
    nik: row.nik,
    fullName: row.full_name,
    birthDate: row.birth_date,
    employerName: null,
    paid: row.status !== 'PENDING_PAYMENT',
    status,
    createdAt: new Date(row.created_at),
    record: null,
  };
}

function requireOfficer(scope: VerificationScope): { accountId: string; email: string } {
  const caller = scope.caller;
  if (caller.kind !== 'staff' || !caller.roles.includes('BPJSTK_OFFICER')) throw new ForbiddenError('Only BPJS TK officers verify participants.');
  return caller;
}

export class VerificationService {
  constructor(private readonly deps: VerificationServiceDeps) {}

  async queue(scope: VerificationScope, first = 50): Promise<ParticipantVerification[]> {
    const limit = Math.min(Math.max(first, 1), 200);
    const repo = scope.em.getRepository(ParticipantLinkRecord);
    const [links, records] = await Promise.all([repo.pending(limit), repo.unverified(limit)]);
    return [...links.map(fromLink), ...records.map((row) => fromRecord(row))].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).slice(0, limit);
  }

  /** The record an item concerns, for the officer to compare (its fields go through the read rules). */
  async recordOf(scope: VerificationScope, item: ParticipantVerification) {
    const record = await scope.loaders.participantByNik.load(item.nik);
    return record ? toParticipant(record) : null;
  }

  async decide(scope: VerificationScope, id: string, decision: VerificationDecision, rawNote: string | null | undefined): Promise<ParticipantVerification> {
    const officer = requireOfficer(scope);
    const note = rawNote ? requireText('note', rawNote, 1000) : null;
    const [kind, key] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
    const verify = decision === VerificationDecision.VERIFY;
    return scope.em.transactional(async (em) => {
      const repo = em.getRepository(ParticipantLinkRecord);
      let item: ParticipantVerification;
      if (kind === 'record' && /^\d{11}$/.test(key)) {
        const row = await repo.lockUnverified(key);
        if (!row) throw new NotFoundError('The verification item (it may be decided already)');
        await repo.decideRecord(row.kpj, verify, officer.accountId, note);
        item = fromRecord(row, verify ? 'VERIFIED' : 'REJECTED');
      } else if (kind === 'link' && UUID.test(key)) {
        const link = await repo.lock(key);
        if (!link) throw new NotFoundError('The verification item');
        if (link.status !== 'PENDING') throw new ConflictError(`This link was already ${link.status.toLowerCase()}.`);
        const status = verify ? 'CONFIRMED' : 'REJECTED';
        await repo.decide(link.id, status, officer.accountId, note);
        if (verify) await this.confirmLink(em, link);
        item = { ...fromLink(link), status: verify ? 'VERIFIED' : 'REJECTED' };
      } else {
        throw new NotFoundError('The verification item');
      }
      // Last, before the commit: the decision commits only once identity has its entry.
      await this.deps.accessLog.append([
        {
          subjectNik: item.nik,
          actorKind: 'STAFF',
          actorId: officer.accountId,
          actorName: officer.email,
          action: verify ? 'BPJSTK_PARTICIPANT_VERIFIED' : 'BPJSTK_PARTICIPANT_REJECTED',
          purpose: note,
          fields: [],
          details: { item: item.id, kind: item.kind, source: item.source },
        },
      ]);
      return item;
    });
  }

  /** The registration now applies to the existing record: as if it had been a new one, paid or not. */
  private async confirmLink(em: EntityManager, link: ParticipantLinkRecord): Promise<void> {
    const record = await em.getRepository(BpjsTkParticipantRecord).byNik(link.nik);
    if (!record) throw new ConflictError('The record of this NIK is gone.');
    const registrations = em.getRepository(BpuRegistrationRecord);
    const paidAt = link.paidAt ? new Date(link.paidAt) : null;
    if (link.bpuRegistration) {
      await registrations.setBpuKpj(link.bpuRegistration.id, record.kpj);
      const registration = (await registrations.bpuById(link.bpuRegistration.id))!;
      if (paidAt) await this.deps.payments.activateBpuParticipation(em, { ...registration, kpj: record.kpj }, paidAt);
      return;
    }
    const [employer] = await registrations.employersByIds([link.employer!.id]);
    await registrations.addWorkers(employer.id, [{ kpj: record.kpj, monthlyWage: Number(link.monthlyWage), position: link.position }]);
    if (paidAt) {
      await this.deps.payments.activateWorkers(
        em,
        employer,
        [{ kpj: record.kpj, nik: record.nik, fullName: record.fullName, monthlyWage: Number(link.monthlyWage) }],
        paidAt,
      );
    }
  }
}
