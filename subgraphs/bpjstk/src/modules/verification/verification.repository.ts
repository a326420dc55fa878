// Requests to link a registration to a record BPJS TK already holds (bpjstk.participant_link), and the
// self-registered records awaiting an officer: the two halves of the verification queue.
import { randomUUID } from 'node:crypto';
import { raw } from '@mikro-orm/core';
import { EntityRepository, LockMode } from '@mikro-orm/postgresql';
import { sqlOf } from '#platform/db/sql';
import type { LinkStatus, ParticipantLinkRecord } from './verification.entity';

export interface UnverifiedRow {
  kpj: string;
  nik: string;
  full_name: string;
  birth_date: string;
  membership: 'PU' | 'BPU';
  status: string;
  created_at: Date;
}

/**
 * The self-registered records awaiting an officer. Raw SQL: their creation time and verification columns
 * (verified_by, verification_note) are not mapped on BpjsTkParticipantRecord, which the participant module owns.
 */
const UNVERIFIED = `select kpj, nik, full_name, to_char(birth_date, 'YYYY-MM-DD') as birth_date, membership, status, created_at
  from bpjstk.participant where origin = 'SELF_REGISTERED' and verified_at is null and rejected_at is null`;

export class LinkRepository extends EntityRepository<ParticipantLinkRecord> {
  /** A new link request (written at once: the registration's transaction reads its own writes). */
  async add(link: {
    nik: string;
    fullName: string;
    birthDate: string;
    source: 'BPU' | 'EMPLOYER';
    bpuRegistrationId?: string;
    employerId?: string;
    position?: number;
    monthlyWage?: number;
  }): Promise<string> {
    const id = randomUUID();
    await this.insert({
      id,
      nik: link.nik,
      fullName: link.fullName,
      birthDate: link.birthDate,
      source: link.source,
      bpuRegistration: link.bpuRegistrationId ?? null,
      employer: link.employerId ?? null,
      position: link.position ?? 0,
      monthlyWage: link.monthlyWage ?? null,
    });
    return id;
  }

  async markPaid(target: { bpuRegistrationId?: string; employerId?: string }, at: Date): Promise<void> {
    const where = target.bpuRegistrationId ? { bpuRegistration: target.bpuRegistrationId } : { employer: target.employerId };
    await this.nativeUpdate(where, { paidAt: at });
  }

  /** Links of many employers (the registrant's worker list), one statement. */
  ofEmployers(employerIds: readonly string[]): Promise<ParticipantLinkRecord[]> {
    return this.find({ employer: { $in: [...employerIds] } }, { orderBy: { employer: 'asc', position: 'asc' } });
  }

  /** The link with its employer's name, the link's row locked until the transaction ends (one statement). */
  lock(id: string): Promise<ParticipantLinkRecord | null> {
    return this.findOne({ id }, { populate: ['employer'], strategy: 'joined', lockMode: LockMode.PESSIMISTIC_WRITE, lockTableAliases: ['p0'] });
  }

  async decide(id: string, status: LinkStatus, by: string, note: string | null): Promise<void> {
    await this.nativeUpdate({ id }, { status, decidedBy: by, decidedAt: raw('now()'), note });
  }

  /** The pending requests, oldest first, with their employers' names (one statement). */
  pending(limit: number): Promise<ParticipantLinkRecord[]> {
    return this.find({ status: 'PENDING' }, { populate: ['employer'], strategy: 'joined', orderBy: { createdAt: 'asc', id: 'asc' }, limit });
  }

  unverified(limit: number): Promise<UnverifiedRow[]> {
    return sqlOf(this.em)<UnverifiedRow>(`${UNVERIFIED} order by created_at, kpj limit ?`, [limit]);
  }

  async lockUnverified(kpj: string): Promise<UnverifiedRow | null> {
    const [row] = await sqlOf(this.em)<UnverifiedRow>(`${UNVERIFIED} and kpj = ? for update`, [kpj]);
    return row ?? null;
  }

  /** Raw SQL for the same reason as UNVERIFIED. */
  async decideRecord(kpj: string, verified: boolean, by: string, note: string | null): Promise<void> {
    await sqlOf(this.em)(
      `update bpjstk.participant set ${verified ? 'verified_at' : 'rejected_at'} = now(), verified_by = ?, verification_note = ? where kpj = ?`,
      [by, note, kpj],
    );
  }
}
