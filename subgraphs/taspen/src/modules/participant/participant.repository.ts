// Taspen participants, by NIK, NIP or any identifier a participant check accepts.
import { EntityRepository } from '@mikro-orm/postgresql';
import type { TaspenParticipantRecord } from './participant.entity';

export class TaspenParticipantRepository extends EntityRepository<TaspenParticipantRecord> {
  findByNiks(niks: readonly string[]): Promise<TaspenParticipantRecord[]> {
    return this.find({ nik: { $in: [...niks] } });
  }

  findByNips(nips: readonly string[]): Promise<TaspenParticipantRecord[]> {
    return this.find({ nip: { $in: [...nips] } });
  }

  /** A participant by any of the identifiers a check accepts (digits only). */
  findByIdentifier(identifier: { nip?: string; nik?: string; npwp?: string }): Promise<TaspenParticipantRecord | null> {
    const or = [
      identifier.nip ? { nip: identifier.nip } : null,
      identifier.nik ? { nik: identifier.nik } : null,
      identifier.npwp ? { npwp: identifier.npwp } : null,
    ].filter((condition): condition is NonNullable<typeof condition> => condition !== null);
    return or.length ? this.findOne({ $or: or }) : Promise.resolve(null);
  }
}
