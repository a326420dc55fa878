// The taspen subgraph's services, built once per process with their dependencies; resolvers get them
// through their constructors (schema.ts), requests pass their scope (caller, EntityManager, loaders) per call.
import type { Platform } from '#platform/runtime';
import { otherRegistryOf } from '#domain/cards/cards';
import { SubmissionService } from './modules/submission/submission.service';
import { ParticipantService } from './modules/participant/participant.service';
import { CardService } from './modules/card/card.service';
import { RequirementsService } from './modules/requirements/requirements.service';
import { AccessService } from './modules/access/access.service';

export function createTaspenServices(platform: Platform) {
  const cards = new CardService({ keys: platform.keys, config: platform.config, otherRegistry: otherRegistryOf(platform) });
  const access = new AccessService();
  return {
    submissions: new SubmissionService({ config: platform.config, keys: platform.keys, documents: platform.documents, accessLog: platform.accessLog }),
    participants: new ParticipantService({ kv: platform.kv, cards, access }),
    access,
    cards,
    requirements: new RequirementsService(),
  };
}

export type TaspenServices = ReturnType<typeof createTaspenServices>;
