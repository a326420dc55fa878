// The bpjstk subgraph's services, built once per process with their dependencies; resolvers get them
// through their constructors (schema.ts), requests pass their scope (caller, EntityManager, loaders) per call.
import type { Platform } from '#platform/runtime';
import { ClaimService } from './modules/claim/claim.service';
import { LedgerService } from './modules/ledger/ledger.service';
import { BranchService } from './modules/branch/branch.service';
import { ProgramService } from './modules/program/program.service';
import { FeedbackService } from './modules/feedback/feedback.service';
import { RecoveryService } from './modules/recovery/recovery.service';
import { contactOf } from './modules/recovery/contact.client';

export function createBpjsTkServices(platform: Platform) {
  const ledger = new LedgerService();
  return {
    claims: new ClaimService({ config: platform.config, documents: platform.documents, ledger, contactOf: (em, participant) => contactOf(em, platform, participant) }),
    ledger,
    branches: new BranchService(),
    programs: new ProgramService({ config: platform.config }),
    feedback: new FeedbackService({ kv: platform.kv }),
    recovery: new RecoveryService({ kv: platform.kv, contactOf: (em, participant) => contactOf(em, platform, participant) }),
  };
}

export type BpjsTkServices = ReturnType<typeof createBpjsTkServices>;
