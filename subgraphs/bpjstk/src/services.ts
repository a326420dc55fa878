// The bpjstk subgraph's services, built once per process with their dependencies; resolvers get them
// through their constructors (schema.ts), requests pass their scope (caller, EntityManager, loaders) per call.
import type { Platform } from '#platform/runtime';
import { bpjsTkServiceConfig } from './config';
import { ClaimService } from './modules/claim/claim.service';
import { LedgerService } from './modules/ledger/ledger.service';
import { BranchService } from './modules/branch/branch.service';
import { ProgramService } from './modules/program/program.service';
import { FeedbackService } from './modules/feedback/feedback.service';
import { RecoveryService } from './modules/recovery/recovery.service';
import { ContactDirectory } from './modules/recovery/contact.client';
import { RegistrationService } from './modules/registration/registration.service';
import { PaymentService } from './modules/payment/payment.service';
import { VerificationService } from './modules/verification/verification.service';
import { QueueTicketService } from './modules/queue/queue.service';
import { ParticipantService } from './modules/participant/participant.service';

/** Payments are applied by the webhook route (routes.ts) and by an officer's link confirmation. */
export function paymentServiceFor(platform: Platform): PaymentService {
  return new PaymentService({ config: bpjsTkServiceConfig(platform.config), keys: platform.keys });
}

export function createBpjsTkServices(platform: Platform) {
  // The hub's configuration with BPJS TK's own section (rates, queue hours), parsed and checked once, here at start.
  const config = bpjsTkServiceConfig(platform.config);
  const ledger = new LedgerService();
  const contacts = new ContactDirectory({ identityUrl: () => platform.serviceUrls.identity, internalServiceSecret: platform.config.internalServiceSecret });
  const contactOf = contacts.contactOf.bind(contacts);
  return {
    claims: new ClaimService({
      config,
      documents: platform.documents,
      ledger,
      contactOf,
    }),
    ledger,
    participants: new ParticipantService({ config }),
    registrations: new RegistrationService({ config, documents: platform.documents, kv: platform.kv }),
    payments: paymentServiceFor(platform),
    verifications: new VerificationService({ payments: paymentServiceFor(platform), accessLog: platform.accessLog }),
    queue: new QueueTicketService({ config }),
    branches: new BranchService(),
    programs: new ProgramService({ config }),
    feedback: new FeedbackService({ kv: platform.kv }),
    recovery: new RecoveryService({ kv: platform.kv, contactOf }),
  };
}

export type BpjsTkServices = ReturnType<typeof createBpjsTkServices>;
