// The request's collector of reads for the access log: one entry per actor and person for the whole request,
// naming every field read, written in one transaction (a constant number of statements) when the answer
// is ready and before it leaves (flushReadLog in platform/src/audit/flush-read-log.ts); an answer whose entries cannot be written is not sent.
// Each entry carries the gateway's id of the client request, so that the person's view (identity's accessLog)
// merges what one client request read in several subgraphs into one entry.
import type { AccessLog } from '#platform/audit/access-log';
import type { AuditEntry } from '#platform/audit/audit-log';
import { authorizeRead, type DataOwner, type FieldGroup } from './access-policy';
import type { Caller } from '#platform/auth/caller';
import type { HubError } from '#platform/errors';

export interface ReadLog {
  /** Records a read; entries of the same actor and person merge (their fields, in the order first read). */
  load(entry: AuditEntry): Promise<true>;
  /** The merged entries so far, one per actor and person. */
  entries(): AuditEntry[];
  /** Writes the entries not yet written. */
  flush(): Promise<void>;
}

/** `READ_TASPEN_PROFILE` + `READ_TASPEN_CARDS` → `READ_TASPEN`: what the merged reads have in common. */
export function commonAction(a: string, b: string): string {
  if (a === b) return a;
  const left = a.split('_');
  const right = b.split('_');
  let shared = 0;
  while (shared < left.length && shared < right.length && left[shared] === right[shared]) shared += 1;
  return shared ? left.slice(0, shared).join('_') : 'READ';
}

/**
 * `accessLog`: where the entries go (identity appends through its own pool, the agencies through identity's
 * signed /internal/access-log). `requestId`: the gateway's id of the client request (BaseContext.gatewayRequestId), null without one.
 */
export function createReadLog(accessLog: AccessLog, requestId: string | null = null): ReadLog {
  const pending = new Map<string, AuditEntry & { fields: string[] }>();
  return {
    async load(entry) {
      const key = JSON.stringify([entry.actorKind, entry.actorId, entry.subjectNik ?? null]);
      const earlier = pending.get(key);
      if (!earlier) {
        pending.set(key, { ...entry, requestId: entry.requestId ?? requestId, fields: [...new Set(entry.fields ?? [])] });
        return true;
      }
      earlier.action = commonAction(earlier.action, entry.action);
      earlier.purpose ??= entry.purpose;
      for (const field of entry.fields ?? []) if (!earlier.fields.includes(field)) earlier.fields.push(field);
      if (entry.details) earlier.details = { ...earlier.details, ...entry.details };
      return true;
    },
    entries: () => [...pending.values()],
    async flush() {
      const entries = [...pending.values()];
      pending.clear();
      if (entries.length) await accessLog.append(entries);
    },
  };
}

/**
 * A single read outside GraphQL (a card PDF, a REST download): decided by the access policy, the staff
 * purpose required, and its access-log entry written before the data leaves. True or the error to answer.
 */
export async function authorizeDownload(
  accessLog: AccessLog,
  ctx: { caller: Caller; accessPurpose: string | null },
  owner: DataOwner,
  nik: string,
  group: FieldGroup,
  read: { action: string; fields: string[] },
): Promise<true | HubError> {
  const writer = {
    load: async (entry: AuditEntry) => {
      await accessLog.append([entry]);
      return true as const;
    },
  };
  return authorizeRead({ ...ctx, readLog: writer }, owner, nik, group, read);
}
