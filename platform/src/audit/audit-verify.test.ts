import { auditHash, GENESIS_HASH, type AuditRow } from './audit-log';
import { verifyAuditChain, type Queryable } from './audit-verify';

function chain(count: number) {
  let prev = GENESIS_HASH;
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(2026, 10, 21, 2, 0, i));
    const row: AuditRow = {
      action: 'READ', actorId: `a${i}`, actorKind: 'STAFF', actorName: 'officer@hub.local', at: at.toISOString(),
      details: { n: i, nested: { b: 1, a: 2 } }, fields: ['taspen.card'], purpose: 'check', subjectNik: '3173051203850001',
    };
    const hash = auditHash(prev, row);
    const stored = {
      id: String(i + 1), at, subject_nik: row.subjectNik, actor_kind: row.actorKind, actor_id: row.actorId, actor_name: row.actorName,
      action: row.action, purpose: row.purpose, fields: row.fields, details: row.details, prev_hash: prev, hash,
    };
    prev = hash;
    return stored;
  });
}

const db = (rows: ReturnType<typeof chain>): Queryable => ({
  async query<R>(_sql: string, params?: unknown[]) {
    const found: unknown[] = rows.filter((row) => Number(row.id) > Number(params?.[0]));
    return { rows: found as R[] };
  },
});

test('an untouched chain verifies and counts its entries', async () => {
  expect(await verifyAuditChain(db(chain(3)))).toEqual({ ok: true, entries: 3 });
});

test('an altered entry is named, with the entries before it verified', async () => {
  const rows = chain(4);
  rows[2].purpose = 'something else';
  expect(await verifyAuditChain(db(rows))).toMatchObject({ ok: false, entries: 2, brokenId: '3' });
});

test('a removed entry breaks the link of the one after it', async () => {
  const rows = chain(4);
  rows.splice(1, 1);
  expect(await verifyAuditChain(db(rows))).toMatchObject({ ok: false, brokenId: '3', reason: expect.stringContaining('removed') });
});
