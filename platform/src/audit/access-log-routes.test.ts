// The access log's owner interface against a real database: only a signed call appends, a batch lands in
// order with its request id, and the chain of entries from several callers verifies.
import { InternalClient } from '../http/internal';
import { useOwnerRoute } from '../testing/owner-route';
import { ACCESS_LOG_PATH, HttpAccessLog } from './access-log';
import { mountAccessLogRoutes } from './access-log-routes';
import type { AuditEntry } from './audit-log';
import { verifyAuditChain } from './audit-verify';

const route = useOwnerRoute(mountAccessLogRoutes);

const logOf = (secret: string) => new HttpAccessLog(new InternalClient(() => route.url, secret, 'identity'));
const rows = async () =>
  (
    await route.pool.query<{ action: string; request_id: string | null; fields: string[] }>(
      'select action, request_id, fields from platform.access_log order by id',
    )
  ).rows;

const entry = (action: string, requestId: string | null = null): AuditEntry => ({
  subjectNik: '3173051203850001',
  actorKind: 'PARTNER',
  actorId: 'partner-1',
  actorName: 'Bank Catatan',
  action,
  purpose: 'Loan application',
  fields: [`taspen.${action.toLowerCase()}`],
  details: { n: action.length },
  requestId,
});

test('a call signed with another secret is refused, and nothing is appended', async () => {
  await expect(logOf('not-the-secret').append([entry('READ_A')])).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  const unsigned = await fetch(`${route.url}${ACCESS_LOG_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ entries: [entry('READ_A')] }),
  });
  expect(unsigned.status).toBe(401);
  expect(await rows()).toEqual([]);
});

test('a signed batch is appended in order with its request id, after the batches before it, and the chain verifies', async () => {
  const log = logOf(route.config.internalServiceSecret);
  await log.append([entry('READ_A', '00000001-0000-4000-8000-000000000000'), entry('READ_B', '00000001-0000-4000-8000-000000000000')]);
  await log.append([entry('READ_C')]);
  expect(await rows()).toEqual([
    { action: 'READ_A', request_id: '00000001-0000-4000-8000-000000000000', fields: ['taspen.read_a'] },
    { action: 'READ_B', request_id: '00000001-0000-4000-8000-000000000000', fields: ['taspen.read_b'] },
    { action: 'READ_C', request_id: null, fields: ['taspen.read_c'] },
  ]);
  expect(await verifyAuditChain(route.pool)).toEqual({ ok: true, entries: 3 });
});

test('a malformed batch is refused as a whole', async () => {
  const before = (await rows()).length;
  const owner = new InternalClient(() => route.url, route.config.internalServiceSecret, 'identity');
  const bad = { ...entry('READ_D'), actorKind: 'SOMEONE' };
  const answer = await owner.exchange(ACCESS_LOG_PATH, JSON.stringify({ entries: [entry('READ_E'), bad] }), 'application/json');
  expect(answer.status).toBe(400);
  expect(await rows()).toHaveLength(before);
});

test('when the owner cannot be reached the append fails (the caller withholds its answer)', async () => {
  const away = new HttpAccessLog(new InternalClient(() => 'http://127.0.0.1:1', route.config.internalServiceSecret, 'identity'));
  await expect(away.append([entry('READ_F')])).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
});
