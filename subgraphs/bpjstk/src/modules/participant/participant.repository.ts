import type { EntityManager } from '@mikro-orm/postgresql';
import { BpjsTkParticipantRecord } from './participant.entity';

export class BpjsTkParticipantRepository {
  constructor(private readonly em: EntityManager) {}

  findByNiks(niks: readonly string[]): Promise<BpjsTkParticipantRecord[]> {
    return this.em.find(BpjsTkParticipantRecord, { nik: { $in: [...niks] } });
  }
}
