import type { TaspenParticipantRecord } from './participant.entity';
import { toTaspenParticipantStatus, type TaspenParticipant } from './participant.type';

export function toParticipantView(record: TaspenParticipantRecord): TaspenParticipant {
  return {
    nip: record.nip,
    employer: record.employer,
    status: toTaspenParticipantStatus(record.status),
    nik: record.nik,
    source: { agency: 'TASPEN', updatedAt: record.updatedAt ?? new Date(0) },
  };
}
