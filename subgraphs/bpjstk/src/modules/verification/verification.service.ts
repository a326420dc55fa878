// The BPJS TK officers' verification queue: self-registered records to verify, and registrations asking
// to be linked to a record BPJS TK already holds. Deciding an item is audited; confirming a link is the
// moment a registration changes the existing record (status, employer, membership) — and only then.
import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAudit } from '#platform/audit/audit-log';
import { ConflictError, ForbiddenError, NotFoundError } from '#platform/errors';
import { requireText } from '#platform/validation/require';
import type { BpjsTkContext } from '../../context';
import { paymentServiceFor } from '../../services';
import { toParticipant } from '../participant/participant.view';
import { BpjsTkParticipantRepository } from '../participant/participant.repository';
import { BpuRegistrationRecord } from '../registration/registration.entity';
import { LinkRepository, type LinkRow, type UnverifiedRow } from './link.repository';
import { ParticipantVerificationKind, VerificationDecision, type ParticipantVerification } from './verification.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fromLink(row: LinkRow): ParticipantVerification {
  return {
    id: `link:${row.id}`, kind: ParticipantVerificationKind.LINK, source: row.source, nik: row.nik, fullName: row.full_name,
    birthDate: row.birth_date, employerName: row.employer_name, paid: Boolean(row.paid_at),
    status: row.status === 'CONFIRMED' ? 'VERIFIED' : row.status, createdAt: new Date(row.created_at), record: null,
  };
}

function fromRecord(row: UnverifiedRow, status = 'PENDING'): ParticipantVerification {
  return {
    id: `record:${row.kpj}`, kind: ParticipantVerificationKind.NEW_RECORD, source: row.membership === 'BPU' ? 'BPU' : 'EMPLOYER',
    nik: row.nik, fullName: row.full_name, birthDate: row.birth_date, employerName: null, paid: row.status !== 'PENDING_PAYMENT',
    status, createdAt: new Date(row.created_at), record: null,
  };
}

function requireOfficer(ctx: BpjsTkContext): { accountId: string; email: string } {
  const caller = ctx.caller;
  if (caller.kind !== 'staff' || !caller.roles.includes('BPJSTK_OFFICER')) throw new ForbiddenError('Only BPJS TK officers verify participants.');
  return caller;
}

export async function verificationQueue(ctx: BpjsTkContext, first = 50): Promise<ParticipantVerification[]> {
  const limit = Math.min(Math.max(first, 1), 200);
  const repo = new LinkRepository(ctx.em);
  const [links, records] = await Promise.all([repo.pending(limit), repo.unverified(limit)]);
  return [...links.map(fromLink), ...records.map((row) => fromRecord(row))]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .slice(0, limit);
}

/** The record an item concerns, for the officer to compare (its fields go through the read rules). */
export async function recordOf(ctx: BpjsTkContext, item: ParticipantVerification) {
  const record = await ctx.loaders.participantByNik.load(item.nik);
  return record ? toParticipant(record) : null;
}

export async function decideVerification(
  ctx: BpjsTkContext, id: string, decision: VerificationDecision, rawNote: string | null | undefined,
): Promise<ParticipantVerification> {
  const officer = requireOfficer(ctx);
  const note = rawNote ? requireText('note', rawNote, 1000) : null;
  const [kind, key] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  const verify = decision === VerificationDecision.VERIFY;
  return ctx.em.transactional(async (em) => {
    const repo = new LinkRepository(em);
    let item: ParticipantVerification;
    if (kind === 'record' && /^\d{11}$/.test(key)) {
      const row = await repo.lockUnverified(key);
      if (!row) throw new NotFoundError('The verification item (it may be decided already)');
      await repo.decideRecord(row.kpj, verify, officer.accountId, note);
      item = fromRecord(row, verify ? 'VERIFIED' : 'REJECTED');
    } else if (kind === 'link' && UUID.test(key)) {
      const row = await repo.lock(key);
      if (!row) throw new NotFoundError('The verification item');
      if (row.status !== 'PENDING') throw new ConflictError(`This link was already ${row.status.toLowerCase()}.`);
      await repo.decide(row.id, verify ? 'CONFIRMED' : 'REJECTED', officer.accountId, note);
      if (verify) await confirmLink(ctx, em as EntityManager, row);
      item = fromLink({ ...row, status: verify ? 'CONFIRMED' : 'REJECTED' });
    } else {
      throw new NotFoundError('The verification item');
    }
    await appendAudit(em as EntityManager, {
      subjectNik: item.nik, actorKind: 'STAFF', actorId: officer.accountId, actorName: officer.email,
      action: verify ? 'BPJSTK_PARTICIPANT_VERIFIED' : 'BPJSTK_PARTICIPANT_REJECTED', purpose: note, fields: [],
      details: { item: item.id, kind: item.kind, source: item.source },
    });
    return item;
  });
}

/** The registration now applies to the existing record: as if it had been a new one, paid or not. */
async function confirmLink(ctx: BpjsTkContext, em: EntityManager, link: LinkRow): Promise<void> {
  const record = await new BpjsTkParticipantRepository(em).findByNik(link.nik);
  if (!record) throw new ConflictError('The record of this NIK is gone.');
  const registrations = em.getRepository(BpuRegistrationRecord);
  const paidAt = link.paid_at ? new Date(link.paid_at) : null;
  if (link.bpu_registration_id) {
    await new LinkRepository(em).setBpuKpj(link.bpu_registration_id, record.kpj);
    const registration = (await registrations.bpuById(link.bpu_registration_id))!;
    if (paidAt) await paymentServiceFor(ctx.platform).activateBpuParticipation(em, { ...registration, kpj: record.kpj }, paidAt);
    return;
  }
  const [employer] = await registrations.employersByIds([link.employer_id!]);
  await registrations.addWorkers(employer.id, [{ kpj: record.kpj, monthlyWage: Number(link.monthly_wage), position: link.position }]);
  if (paidAt) {
    await paymentServiceFor(ctx.platform).activateWorkers(em, employer, [{ kpj: record.kpj, nik: record.nik, fullName: record.fullName, monthlyWage: Number(link.monthly_wage) }], paidAt);
  }
}
