// The Taspen service: civil servants' participation, KPT card, non-claim submissions, THT balance.
// The agencies' error codes (CONSENT_REQUIRED, …) register with the platform as this loads, so formatError passes them.
import '#domain/errors';
import type { ServiceDefinition } from '#platform/service';
import type { GeneratedPerson } from '#domain/seed/generator';
import { createTaspenContext, type TaspenContext } from './context';
import { migrations } from './migrations';
import { startServiceOutbox } from '#platform/messaging/delivery';
import { mountOutboxRoutes } from '#platform/messaging/outbox-routes';
import { mountCardRoutes } from './modules/card/card.routes';
import { mountParticipantRoutes } from './modules/participant/participant.routes';
import { TaspenParticipantRecord } from './modules/participant/participant.entity';
import { TaspenSubmissionDocumentRecord, TaspenSubmissionEventRecord, TaspenSubmissionRecord } from './modules/submission/submission.entity';
import { buildTaspenSchema } from './schema';
import { seedTaspen } from './seed';
import { seedGeneratedParticipants } from './seed-generated';

export const taspenService: ServiceDefinition<TaspenContext, GeneratedPerson> = {
  name: 'taspen',
  dbSchema: 'taspen',
  entities: [TaspenParticipantRecord, TaspenSubmissionRecord, TaspenSubmissionDocumentRecord, TaspenSubmissionEventRecord],
  migrations,
  buildSchema: (platform) => buildTaspenSchema(platform),
  createContext: (base, em, platform) => createTaspenContext(base, em, platform),
  seed: (em) => seedTaspen(em),
  routes: (app, deps) => {
    mountParticipantRoutes(app, deps);
    mountCardRoutes(app, deps);
    mountOutboxRoutes(app, deps, 'taspen');
  },
  workers: ({ platform }) => [startServiceOutbox(platform, 'taspen')],
  seedGenerated: (people, db) => seedGeneratedParticipants(people, db),
};
