// The per-request context of the taspen subgraph, data only: the caller, a forked EntityManager, the
// DataLoaders, the read log and the partner's consents (the services are built once per process, services.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { createReadLog, type ReadLog } from '#domain/read-log';
import { findCards } from '#domain/cards/cards';
import { consentLoader, type ConsentLoader } from '#platform/auth/consent-lookup';
import type { BaseContext } from '#platform/context';
import { loaderByKey, loaderOfLists } from '#platform/db/loaders';
import type { Platform } from '#platform/runtime';
import { TaspenParticipantRecord } from './modules/participant/participant.entity';
import { TaspenSubmissionRecord } from './modules/submission/submission.entity';

export interface TaspenContext extends BaseContext {
  em: EntityManager;
  loaders: ReturnType<typeof createLoaders>;
  /** Reads of someone else's data, written to the access log in one batch per tick. */
  readLog: ReadLog;
  /** A partner caller's consents by NIK, asked from identity once per request (batched). */
  consents: ConsentLoader;
}

export function createLoaders(em: EntityManager, platform: Pick<Platform, 'keys' | 'documents'>) {
  const participants = em.getRepository(TaspenParticipantRecord);
  const submissions = em.getRepository(TaspenSubmissionRecord);
  const { documents } = platform;
  return {
    participantByNik: loaderByKey((niks: readonly string[]) => participants.findByNiks(niks), 'nik'),
    participantByNip: loaderByKey((nips: readonly string[]) => participants.findByNips(nips), 'nip'),
    cardByNumber: loaderByKey((numbers: readonly string[]) => findCards(em, platform.keys, 'TASPEN', numbers), 'number'),
    submissionById: loaderByKey((ids: readonly string[]) => submissions.findByIds(ids), 'id'),
    submissionsByNik: loaderOfLists((niks: readonly string[]) => submissions.findByNiks(niks), 'nik'),
    documentsBySubmission: loaderOfLists((ids: readonly string[]) => submissions.documentsOf(ids), 'submissionId'),
    historyBySubmission: loaderOfLists((ids: readonly string[]) => submissions.historyOf(ids), 'submissionId'),
    documentMeta: loaderByKey((ids: readonly string[]) => documents.metadata(ids), 'id'),
  };
}

export function createTaspenContext(base: BaseContext, em: EntityManager, platform: Platform): TaspenContext {
  return {
    ...base,
    em,
    loaders: createLoaders(em, platform),
    readLog: createReadLog(platform.accessLog, base.gatewayRequestId ?? null),
    consents: consentLoader(platform, base.caller),
  };
}
