import type { EntityManager } from '@mikro-orm/postgresql';
import { TaspenParticipantRecord } from './participant.entity';

export class TaspenParticipantRepository {
  constructor(private readonly em: EntityManager) {}

  findByNiks(niks: readonly string[]): Promise<TaspenParticipantRecord[]> {
    return this.em.find(TaspenParticipantRecord, { nik: { $in: [...niks] } });
  }

  findByNips(nips: readonly string[]): Promise<TaspenParticipantRecord[]> {
    return this.em.find(TaspenParticipantRecord, { nip: { $in: [...nips] } });
  }

  /** A participant by any of the identifiers a check accepts (digits only). */
  findByIdentifier(identifier: { nip?: string; nik?: string; npwp?: string }): Promise<TaspenParticipantRecord | null> {
    const or = [
      identifier.nip ? { nip: identifier.nip } : null,
      identifier.nik ? { nik: identifier.nik } : null,
      identifier.npwp ? { npwp: identifier.npwp } : null,
    ].filter((condition): condition is NonNullable<typeof condition> => condition !== null);
    return or.length ? this.em.findOne(TaspenParticipantRecord, { $or: or }) : Promise.resolve(null);
  }
}
