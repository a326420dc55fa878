// The BPJS Ketenagakerjaan service: participation, JHT balance and claims, branches, queue, SMS channel.
// The agencies' error codes (CONSENT_REQUIRED, …) register with the platform as this loads, so formatError passes them.
import '#domain/errors';
import type { ServiceDefinition } from '#platform/service';
import type { GeneratedPerson } from '#domain/seed/generator';
import { createBpjsTkContext, type BpjsTkContext } from './context';
import { migrations } from './migrations';
import { startServiceOutbox } from '#platform/messaging/delivery';
import { mountOutboxRoutes } from '#platform/messaging/outbox-routes';
import { mountParticipantRoutes } from './modules/participant/participant.routes';
import { JhtClaimEventRecord, JhtClaimRecord } from './modules/claim/claim.entity';
import { ContributionLedgerRecord } from './modules/ledger/ledger.entity';
import { BranchOfficeRecord } from './modules/branch/branch.entity';
import { ServiceFeedbackRecord } from './modules/feedback/feedback.entity';
import { SmsSubscriptionRecord } from './modules/sms/sms.entity';
import { BpjsTkParticipantRecord } from './modules/participant/participant.entity';
import { PaymentRecord } from './modules/payment/payment.entity';
import { ParticipantLinkRecord } from './modules/verification/verification.entity';
import { QueueSlotRecord, QueueTicketRecord } from './modules/queue/queue.entity';
import { BpuRegistrationRecord, EmployerRecord, EmployerWorkerRecord, PaymentCodeRecord } from './modules/registration/registration.entity';
import { mountBpjsTkRoutes } from './routes';
import { buildBpjsTkSchema } from './schema';
import { seedBpjsTk } from './seed';
import { LEDGER_BULK_LOAD, seedGeneratedParticipants } from './seed-generated';

export const bpjsTkService: ServiceDefinition<BpjsTkContext, GeneratedPerson> = {
  name: 'bpjstk',
  dbSchema: 'bpjstk',
  entities: [
    BpjsTkParticipantRecord,
    JhtClaimRecord,
    JhtClaimEventRecord,
    ContributionLedgerRecord,
    BranchOfficeRecord,
    ServiceFeedbackRecord,
    SmsSubscriptionRecord,
    BpuRegistrationRecord,
    EmployerRecord,
    EmployerWorkerRecord,
    PaymentCodeRecord,
    PaymentRecord,
    ParticipantLinkRecord,
    QueueSlotRecord,
    QueueTicketRecord,
  ],
  migrations,
  buildSchema: (platform) => buildBpjsTkSchema(platform),
  createContext: (base, em, platform) => createBpjsTkContext(base, em, platform),
  seed: (em, platform) => seedBpjsTk(em, platform),
  seedGenerated: (people, db) => seedGeneratedParticipants(people, db),
  seedGeneratedBulk: LEDGER_BULK_LOAD,
  // Public reference data, the same for everyone: programmes follow the configured rates, offices are seeded.
  publicCacheSeconds: { bpjsTkPrograms: 3600, branchOffices: 300 },
  routes: (app, deps) => {
    mountParticipantRoutes(app, deps);
    mountBpjsTkRoutes(app, deps);
    mountOutboxRoutes(app, deps, 'bpjstk');
  },
  workers: ({ platform }) => [startServiceOutbox(platform, 'bpjstk')],
};
