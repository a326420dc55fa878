import { auditHash, GENESIS_HASH, type AuditRow } from './audit-log';
import { verifyAuditChain, type Queryable } from './audit-verify';

function chain(count: number, requestIdOf: (i: number) => string | null = () => null) {
  let prev = GENESIS_HASH;
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(2026, 10, 21, 2, 0, i));
    const row: AuditRow = {
      action: 'READ',
      actorId: `a${i}`,
      actorKind: 'STAFF',
      actorName: 'officer@hub.local',
      at: at.toISOString(),
      details: { n: i, nested: { b: 1, a: 2 } },
      fields: ['taspen.card'],
      purpose: 'check',
      subjectNik: '3173051203850001',
      requestId: requestIdOf(i) ?? undefined,
    };
    const hash = auditHash(prev, row);
    const stored = {
      id: String(i + 1),
      at,
      subject_nik: row.subjectNik,
      actor_kind: row.actorKind,
      actor_id: row.actorId,
      actor_name: row.actorName,
      action: row.action,
      purpose: row.purpose,
      fields: row.fields,
      details: row.details,
      request_id: requestIdOf(i),
      prev_hash: prev,
      hash,
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

describe('request ids (written since the column exists; older rows have none)', () => {
  const mixed = () => chain(4, (i) => (i < 2 ? null : `0000000${i}-0000-4000-8000-000000000000`));

  test('a row without one hashes as rows did before the column, so an older chain verifies unchanged', () => {
    const [row] = chain(1);
    const before = {
      action: 'READ',
      actorId: 'a0',
      actorKind: 'STAFF',
      actorName: 'officer@hub.local',
      at: row.at.toISOString(),
      details: row.details,
      fields: row.fields,
      purpose: 'check',
      subjectNik: row.subject_nik,
    };
    expect(auditHash(GENESIS_HASH, before)).toBe(row.hash);
  });

  test('a chain of older rows followed by rows with request ids verifies', async () => {
    expect(await verifyAuditChain(db(mixed()))).toEqual({ ok: true, entries: 4 });
  });

  test('clearing a request id, or setting one on an older row, is an altered entry', async () => {
    const cleared = mixed();
    cleared[2].request_id = null;
    expect(await verifyAuditChain(db(cleared))).toMatchObject({ ok: false, brokenId: '3', reason: expect.stringContaining('altered') });
    const set = mixed();
    set[1].request_id = '00000009-0000-4000-8000-000000000000';
    expect(await verifyAuditChain(db(set))).toMatchObject({ ok: false, brokenId: '2', reason: expect.stringContaining('altered') });
  });
});
