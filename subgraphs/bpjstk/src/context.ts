import type { EntityManager } from '@mikro-orm/postgresql';
import type { BaseContext } from '#platform/context';
import { loaderByKey } from '#platform/db/loaders';
import { BpjsTkParticipantRepository } from './modules/participant/participant.repository';

export interface BpjsTkContext extends BaseContext {
  em: EntityManager;
  loaders: ReturnType<typeof createLoaders>;
}

export function createLoaders(em: EntityManager) {
  const participants = new BpjsTkParticipantRepository(em);
  return {
    participantByNik: loaderByKey((niks: readonly string[]) => participants.findByNiks(niks), (row) => row.nik),
  };
}
