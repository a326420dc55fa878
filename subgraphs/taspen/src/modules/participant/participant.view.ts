import type { TaspenParticipantRecord } from './participant.entity';
import type { TaspenParticipant } from './participant.type';

export function toParticipantView(record: TaspenParticipantRecord): TaspenParticipant {
  return {
    nip: record.nip, employer: record.employer, status: record.status, nik: record.nik,
    source: { agency: 'TASPEN', updatedAt: record.updatedAt ?? new Date(0) },
  };
}
