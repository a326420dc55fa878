// The request's writer of reads to the access log: one entry per person, action and request, and
// every entry of a tick written together (appendAuditBatch: a constant number of statements).
// Batching matters beyond the writes: the resolvers of a list's rows all wait on the same batch and
// resume together, so the DataLoaders behind the fields they resolve next still batch across the list.
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { appendAuditBatch, type AuditEntry } from './audit-log';

export type ReadLog = DataLoader<AuditEntry, true, string>;

export function createReadLog(em: EntityManager): ReadLog {
  return new DataLoader<AuditEntry, true, string>(
    async (entries) => {
      await em.fork().transactional((tx) => appendAuditBatch(tx as EntityManager, entries));
      return entries.map(() => true as const);
    },
    { cacheKeyFn: (entry) => `${entry.subjectNik}:${entry.action}` },
  );
}
