// The per-request context of the bpjstk subgraph, data only: the caller, a forked EntityManager and one
// DataLoader per entity reference or child list (the services are built once per process, services.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { consentLoader, type ConsentLoader } from '#platform/auth/consent-lookup';
import { findCards } from '#domain/cards/cards';
import type { BaseContext } from '#platform/context';
import { loaderByKey, loaderOfLists } from '#platform/db/loaders';
import type { Platform } from '#platform/runtime';
import { BranchOfficeRecord } from './modules/branch/branch.entity';
import { JhtClaimRecord } from './modules/claim/claim.entity';
import { createReadLog, type ReadLog } from '#domain/read-log';
import { ContributionLedgerRecord } from './modules/ledger/ledger.entity';
import { BpjsTkParticipantRecord } from './modules/participant/participant.entity';
import { QueueTicketRecord } from './modules/queue/queue.entity';
import { BpuRegistrationRecord, registrationIdOf } from './modules/registration/registration.entity';
import { ParticipantLinkRecord } from './modules/verification/verification.entity';

export interface BpjsTkContext extends BaseContext {
  em: EntityManager;
  loaders: ReturnType<typeof createLoaders>;
  /** A partner caller's consents by NIK, asked from identity once per request (batched). */
  consents: ConsentLoader;
  /** Writes reads of a person's data by someone else to the access log, once per person and group. */
  readLog: ReadLog;
}

export function createBpjsTkContext(base: BaseContext, em: EntityManager, platform: Platform): BpjsTkContext {
  return {
    ...base,
    em,
    loaders: createLoaders(em, platform),
    consents: consentLoader(platform, base.caller),
    readLog: createReadLog(platform.accessLog, base.gatewayRequestId ?? null),
  };
}

/** The request's DataLoaders; the card registry's signing keys are all they need of the platform. */
export function createLoaders(em: EntityManager, platform: Pick<Platform, 'keys'>) {
  const participants = em.getRepository(BpjsTkParticipantRecord);
  const ledger = em.getRepository(ContributionLedgerRecord);
  const claims = em.getRepository(JhtClaimRecord);
  const queue = em.getRepository(QueueTicketRecord);
  const branches = em.getRepository(BranchOfficeRecord);
  const registrations = em.getRepository(BpuRegistrationRecord);
  const links = em.getRepository(ParticipantLinkRecord);
  return {
    participantByNik: loaderByKey((niks: readonly string[]) => participants.byNiks(niks), 'nik'),
    participantByKpj: loaderByKey((kpjs: readonly string[]) => participants.byKpjs(kpjs), 'kpj'),
    balanceByKpj: loaderByKey((kpjs: readonly string[]) => ledger.balances(kpjs), 'kpj'),
    statementByKpjYear: new DataLoader(async (keys: readonly { kpj: string; year: number }[]) => ledger.statements(keys), {
      cacheKeyFn: (key) => `${key.kpj}:${key.year}`,
    }),
    cardByKpj: loaderByKey((numbers: readonly string[]) => findCards(em, platform.keys, 'BPJSTK', numbers), 'number'),
    claimsByNik: loaderOfLists((niks: readonly string[]) => claims.byNiks(niks), 'nik'),
    claimBankAccount: loaderByKey((ids: readonly string[]) => claims.withBankAccounts(ids), 'id'),
    claimHistory: loaderOfLists(
      (ids: readonly string[]) => claims.events(ids),
      (event) => event.claim.id,
    ),
    ticketsByNik: loaderOfLists((niks: readonly string[]) => queue.byNiks(niks), 'nik'),
    branchById: loaderByKey((ids: readonly string[]) => branches.byIds(ids), 'id'),
    employerById: loaderByKey((ids: readonly string[]) => registrations.employersByIds(ids), 'id'),
    workersByEmployer: loaderOfLists(
      (ids: readonly string[]) => registrations.workersOf(ids),
      (row) => row.employer.id,
    ),
    linksByEmployer: loaderOfLists(
      (ids: readonly string[]) => links.ofEmployers(ids),
      (row) => row.employer!.id,
    ),
    paymentCodeByRegistration: loaderByKey((ids: readonly string[]) => registrations.paymentCodesFor(ids), registrationIdOf),
  };
}
