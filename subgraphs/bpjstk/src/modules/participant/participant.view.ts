import { Agency } from '../common/enums';
import type { BpjsTkParticipantRecord } from './participant.entity';
import type { BpjsTkParticipant } from './participant.type';

export function toParticipant(record: BpjsTkParticipantRecord): BpjsTkParticipant {
  return {
    kpj: record.kpj,
    membership: record.membership,
    status: record.status,
    employer: record.employer ?? null,
    inactiveSince: record.inactiveSince ?? null,
    nik: record.nik,
    fullName: record.fullName,
    birthDate: record.birthDate,
    memberSince: memberSinceOf(record),
    source: { agency: Agency.BPJSTK, updatedAt: record.updatedAt ?? record.activatedAt ?? new Date(0) },
  };
}

/** The first day of the membership: as recorded, or (generated people) the day it was first activated. */
export function memberSinceOf(record: Pick<BpjsTkParticipantRecord, 'memberSince' | 'activatedAt'>): string | null {
  if (record.memberSince) return record.memberSince;
  return record.activatedAt ? new Date(record.activatedAt).toISOString().slice(0, 10) : null;
}
