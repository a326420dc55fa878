// The append-only, tamper-evident audit trail (platform.access_log): who did what to whose data.
//
// Row hash chain, for whoever verifies it:
//   hash = sha256_hex(prev_hash + canonical_json(row))
//   row  = { action, actorId, actorKind, actorName, at, details, fields, purpose, requestId, subjectNik }
//   - `at` is the row's timestamp as ISO 8601 with milliseconds in UTC (`2026-11-21T02:00:00.000Z`),
//     exactly the value stored in the `at` column;
//   - absent values are null; `fields` is an array of strings; `details` is JSON or null;
//   - `requestId` (the gateway's id of the client request, column request_id) is in the row only when the
//     entry has one: rows written before the column existed, and entries made outside a gateway request,
//     hash without the key, so their hashes stay as they were and a verifier tells the two apart by the
//     column being null. Setting or clearing it afterwards changes the hashed content either way;
//   - canonical_json = JSON.stringify with object keys sorted at every level, no whitespace.
//   prev_hash is the hash of the row with the highest id before it; the first row's prev_hash is
//   64 zeros. Appends are serialised by pg_advisory_xact_lock(hashtext('access_log')), so they must
//   run inside a transaction (the caller's, which also makes the entry commit with the change).
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditActorKind = 'PARTNER' | 'STAFF' | 'KIOSK' | 'PARTICIPANT' | 'SYSTEM';

export interface AuditEntry {
  subjectNik?: string | null;
  actorKind: AuditActorKind;
  actorId: string;
  actorName: string;
  action: string;
  purpose?: string | null;
  fields?: string[];
  details?: Record<string, unknown> | null;
  /** The gateway's id of the client request that made the read (one client request, several subgraphs). */
  requestId?: string | null;
}

export interface AuditRow {
  action: string;
  actorId: string;
  actorKind: string;
  actorName: string;
  at: string;
  details: unknown;
  fields: string[];
  purpose: string | null;
  /** Left out (undefined) when the entry has none, so older rows hash as before. */
  requestId?: string;
  subjectNik: string | null;
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function auditHash(prevHash: string, row: AuditRow): string {
  return createHash('sha256')
    .update(prevHash + canonicalJson(row))
    .digest('hex');
}

/** Appends one entry inside the caller's transaction; returns its hash. */
export async function appendAudit(em: EntityManager, entry: AuditEntry): Promise<string> {
  const [hash] = await appendAuditBatch(em, [entry]);
  return hash;
}

/**
 * Appends entries in order inside the caller's transaction with a constant number of statements
 * (lock, last hash, one multi-row insert), whatever the number of entries; returns their hashes.
 */
export async function appendAuditBatch(em: EntityManager, entries: readonly AuditEntry[]): Promise<string[]> {
  if (!em.isInTransaction()) throw new Error('appendAudit must run inside a transaction');
  if (entries.length === 0) return [];
  const connection = em.getConnection();
  const tx = em.getTransactionContext();
  await connection.execute(`select pg_advisory_xact_lock(hashtext('access_log'))`, [], 'run', tx);
  const last = await connection.execute<Array<{ hash: string }>>('select hash from platform.access_log order by id desc limit 1', [], 'all', tx);
  let prevHash = last[0]?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const rows: Array<AuditRow & { prevHash: string; hash: string }> = [];
  for (const entry of entries) {
    const row: AuditRow = {
      action: entry.action,
      actorId: entry.actorId,
      actorKind: entry.actorKind,
      actorName: entry.actorName,
      at,
      details: entry.details ?? null,
      fields: entry.fields ?? [],
      purpose: entry.purpose ?? null,
      requestId: entry.requestId ?? undefined,
      subjectNik: entry.subjectNik ?? null,
    };
    const hash = auditHash(prevHash, row);
    rows.push({ ...row, prevHash, hash });
    prevHash = hash;
  }
  // One statement of the same text for any number of rows; ids follow the ordinality, which is the
  // chain order computed above.
  await connection.execute(
    `insert into platform.access_log
       (at, subject_nik, actor_kind, actor_id, actor_name, action, purpose, fields, details, request_id, prev_hash, hash)
     select (r->>'at')::timestamptz, r->>'subjectNik', r->>'actorKind', r->>'actorId', r->>'actorName', r->>'action',
            r->>'purpose', array(select jsonb_array_elements_text(r->'fields')),
            case when jsonb_typeof(r->'details') = 'null' then null else r->'details' end, r->>'requestId', r->>'prevHash', r->>'hash'
       from jsonb_array_elements(?::jsonb) with ordinality as e(r, n)
      order by n`,
    [JSON.stringify(rows)],
    'run',
    tx,
  );
  const hashes = rows.map((row) => row.hash);
  return hashes;
}
