// The bpjstk subgraph's services, built once per process with their dependencies; resolvers get them
// through their constructors (schema.ts), requests pass their scope (caller, EntityManager, loaders) per call.
import type { Platform } from '#platform/runtime';
import { ClaimService } from './modules/claim/claim.service';
import { contactOf } from './modules/recovery/contact.client';
import { RegistrationService } from './modules/registration/registration.service';

export function createBpjsTkServices(platform: Platform) {
  return {
    claims: new ClaimService({ config: platform.config, documents: platform.documents, contactOf: (em, participant) => contactOf(em, platform, participant) }),
    registrations: new RegistrationService({ config: platform.config, documents: platform.documents, kv: platform.kv }),
  };
}

export type BpjsTkServices = ReturnType<typeof createBpjsTkServices>;
