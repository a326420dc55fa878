import type { EntityManager } from '@mikro-orm/postgresql';
import type { BaseContext } from '#platform/context';
import { loaderByKey } from '#platform/db/loaders';
import { TaspenParticipantRepository } from './modules/participant/participant.repository';

export interface TaspenContext extends BaseContext {
  em: EntityManager;
  loaders: ReturnType<typeof createLoaders>;
}

export function createLoaders(em: EntityManager) {
  const participants = new TaspenParticipantRepository(em);
  return {
    participantByNik: loaderByKey((niks: readonly string[]) => participants.findByNiks(niks), (row) => row.nik),
  };
}
