import type { EntityManager } from '@mikro-orm/postgresql';
import type { BaseContext } from '#platform/context';
import { loaderByKey } from '#platform/db/loaders';
import { PersonRepository } from './modules/person/person.repository';

export interface IdentityContext extends BaseContext {
  em: EntityManager;
  loaders: ReturnType<typeof createLoaders>;
  /** Development-only switch of issue 1/7: person reads without authorisation. Off in production. */
  devOpenPersonReads: boolean;
}

export function createLoaders(em: EntityManager) {
  const persons = new PersonRepository(em);
  return {
    personByNik: loaderByKey((niks: readonly string[]) => persons.findByNiks(niks), (row) => row.nik),
  };
}
