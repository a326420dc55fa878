import type { EntityManager } from '@mikro-orm/postgresql';
import { TaspenParticipantRecord } from './participant.entity';

export class TaspenParticipantRepository {
  constructor(private readonly em: EntityManager) {}

  findByNiks(niks: readonly string[]): Promise<TaspenParticipantRecord[]> {
    return this.em.find(TaspenParticipantRecord, { nik: { $in: [...niks] } });
  }
}
