// The request's writer of reads to the access log: one entry per person, action and request, and
// every entry of a tick written together (appendAuditBatch: a constant number of statements).
// Batching matters beyond the writes: the resolvers of a list's rows all wait on the same batch and
// resume together, so the DataLoaders behind the fields they resolve next still batch across the list.
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { appendAuditBatch, type AuditEntry } from '#platform/audit/audit-log';
import { authorizeRead, type DataOwner, type FieldGroup } from './access-policy';
import type { Caller } from '#platform/auth/caller';
import type { HubError } from '#platform/errors';

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

/**
 * A single read outside GraphQL (a card PDF, a REST download): decided by the access policy, the staff
 * purpose required, and its access-log entry written before the data leaves. True or the error to answer.
 */
export async function authorizeDownload(
  em: EntityManager,
  ctx: { caller: Caller; accessPurpose: string | null },
  owner: DataOwner,
  nik: string,
  group: FieldGroup,
  read: { action: string; fields: string[] },
): Promise<true | HubError> {
  const writer = { load: (entry: AuditEntry) => em.fork().transactional(async (tx) => { await appendAuditBatch(tx as EntityManager, [entry]); return true as const; }) };
  return authorizeRead({ ...ctx, readLog: writer }, owner, nik, group, read);
}
