// The taspen subgraph's services, built once per process with their dependencies; resolvers get them
// through their constructors (schema.ts), requests pass their scope (caller, EntityManager, loaders) per call.
import type { Platform } from '#platform/runtime';
import { SubmissionService } from './modules/submission/submission.service';

export function createTaspenServices(platform: Platform) {
  return {
    submissions: new SubmissionService({ config: platform.config, keys: platform.keys, documents: platform.documents }),
  };
}

export type TaspenServices = ReturnType<typeof createTaspenServices>;
