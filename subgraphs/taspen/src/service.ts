// The Taspen service: civil servants' participation, KPT card, non-claim submissions, THT balance.
import type { ServiceDefinition } from '#platform/service';
import { createLoaders, type TaspenContext } from './context';
import { migrations } from './migrations';
import { mountIdentityCheck } from './modules/participant/identity-check.route';
import { TaspenParticipantRecord } from './modules/participant/participant.entity';
import { buildTaspenSchema } from './schema';
import { seedTaspen } from './seed';
import { seedGeneratedParticipants } from './seed-generated';

export const taspenService: ServiceDefinition<TaspenContext> = {
  name: 'taspen',
  dbSchema: 'taspen',
  entities: [TaspenParticipantRecord],
  migrations,
  buildSchema: () => buildTaspenSchema(),
  createContext: (base, em) => ({ ...base, em, loaders: createLoaders(em) }),
  seed: (em) => seedTaspen(em),
  routes: (app, deps) => mountIdentityCheck(app, deps),
  seedGenerated: (people, db) => seedGeneratedParticipants(people, db),
};
