import type { BpjsTkMembership, BpjsTkParticipantStatus } from '../common/enums';
import type { BpjsTkParticipantRecord } from './participant.entity';
import type { BpjsTkParticipant } from './participant.type';

export function toParticipant(record: BpjsTkParticipantRecord): BpjsTkParticipant {
  return {
    kpj: record.kpj,
    membership: record.membership as BpjsTkMembership,
    status: record.status as BpjsTkParticipantStatus,
    employer: record.employer ?? null,
    inactiveSince: record.inactiveSince ?? null,
    nik: record.nik,
    fullName: record.fullName,
    birthDate: record.birthDate,
  };
}
