// Recomputes the access log's hash chain (see audit-log.ts for the formula) and names the first
// entry that does not match: an edited row, a deleted row or a reordered chain all show up here.
import type { Queryable } from '../db/sql';
import { auditHash, GENESIS_HASH, type AuditRow } from './audit-log';

export type { Queryable };

interface StoredRow {
  id: string;
  at: Date;
  subject_nik: string | null;
  actor_kind: string;
  actor_id: string;
  actor_name: string;
  action: string;
  purpose: string | null;
  fields: string[];
  details: unknown;
  /** Null on rows written before the column existed and on entries made outside a gateway request. */
  request_id?: string | null;
  prev_hash: string;
  hash: string;
}

export type ChainVerdict = { ok: true; entries: number } | { ok: false; entries: number; brokenId: string; reason: string };

const BATCH = 5_000;

export function rowOf(stored: StoredRow): AuditRow {
  return {
    action: stored.action,
    actorId: stored.actor_id,
    actorKind: stored.actor_kind,
    actorName: stored.actor_name,
    at: stored.at.toISOString(),
    details: stored.details ?? null,
    fields: stored.fields ?? [],
    purpose: stored.purpose,
    requestId: stored.request_id ?? undefined,
    subjectNik: stored.subject_nik,
  };
}

/**
 * Walks the whole chain in id order, in batches (keyset pagination); stops at the first broken entry. The order
 * names the table's column: a bare `id` would be the text column of the select list, putting 10 before 2.
 */
export async function verifyAuditChain(db: Queryable): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let lastId = '0';
  let entries = 0;
  for (;;) {
    const { rows } = await db.query<StoredRow>(
      `select id::text as id, at, subject_nik, actor_kind, actor_id, actor_name, action, purpose, fields, details, request_id, prev_hash, hash
         from platform.access_log where id > $1::bigint order by access_log.id limit ${BATCH}`,
      [lastId],
    );
    for (const stored of rows) {
      if (stored.prev_hash !== prevHash) {
        return { ok: false, entries, brokenId: stored.id, reason: 'its previous hash does not match the entry before it (an entry was removed or reordered)' };
      }
      if (auditHash(prevHash, rowOf(stored)) !== stored.hash) {
        return { ok: false, entries, brokenId: stored.id, reason: 'its content does not match its hash (the entry was altered)' };
      }
      prevHash = stored.hash;
      entries += 1;
    }
    if (rows.length < BATCH) return { ok: true, entries };
    lastId = rows[rows.length - 1].id;
  }
}
