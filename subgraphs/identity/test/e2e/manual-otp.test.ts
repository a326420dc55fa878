// The OTP fallback: officers list registrations stuck at phone verification and issue codes by
// hand, shown once, valid 24 hours, written to the audit trail.
import { GENESIS_HASH, auditHash } from '#platform/audit/audit-log';
import { useTestHub } from '../../../../gateway/test/support/test-hub';
import { COMPLETE, DEWI, PASSWORD, RUDI_BPJSTK, SITI, VERIFY, registerUntil, staffLogin } from '../support/flows';

const hub = useTestHub();

const PENDING = `query PendingPhoneVerifications($first: Int) { pendingPhoneVerifications(first: $first) { registrationId fullName destination startedAt } }`;
const ISSUE = `mutation IssueManualOtps($input: ManualOtpBatchInput!) { issueManualOtps(input: $input) { batchId items { registrationId destination code expiresAt } } }`;

let siti: { registrationId: string; ip: string };
let dewi: { registrationId: string; ip: string };
let rudi: { registrationId: string; ip: string };

beforeAll(async () => {
  siti = await registerUntil(hub, SITI, 'siti.manual@example.com', 'VERIFY_PHONE');
  dewi = await registerUntil(hub, DEWI, 'dewi.manual@example.com', 'VERIFY_PHONE');
  rudi = await registerUntil(hub, RUDI_BPJSTK, 'rudi.manual@example.com', 'VERIFY_PHONE');
});

test('an admin lists every registration stuck at phone verification, phone masked', async () => {
  const admin = await staffLogin(hub, 'admin@hub.local');
  const result = await hub.gql(PENDING, { first: 10 }, { token: admin.accessToken });
  expect(result.errors).toBeUndefined();
  const list = result.data!.pendingPhoneVerifications;
  expect(list.map((p: { registrationId: string }) => p.registrationId).sort()).toEqual([siti, dewi, rudi].map((r) => r.registrationId).sort());
  expect(list.find((p: { registrationId: string }) => p.registrationId === siti.registrationId)).toMatchObject({
    fullName: 'Siti Rahmawati',
    destination: '+62812****7801',
  });
});

test("an officer sees only their agency's registrations", async () => {
  const officer = await staffLogin(hub, 'officer.taspen@hub.local');
  const result = await hub.gql(PENDING, {}, { token: officer.accessToken });
  expect(result.data!.pendingPhoneVerifications.map((p: { registrationId: string }) => p.registrationId)).toEqual([siti.registrationId]);
});

test('a participant, an auditor or nobody cannot list or issue', async () => {
  const auditor = await staffLogin(hub, 'auditor@hub.local');
  expect((await hub.gql(PENDING, {}, { token: auditor.accessToken })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await hub.gql(PENDING, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const issue = await hub.gql(ISSUE, { input: { registrationIds: [siti.registrationId], reason: 'x' } }, { token: auditor.accessToken });
  expect(issue.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

test("an officer cannot issue codes for another agency's registration", async () => {
  const officer = await staffLogin(hub, 'officer.taspen@hub.local');
  const result = await hub.gql(ISSUE, { input: { registrationIds: [dewi.registrationId], reason: 'Form OTP' } }, { token: officer.accessToken });
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.registrationIds' });
});

test('a group gets manual codes that complete their registrations, and each issue is audited', async () => {
  const officer = await staffLogin(hub, 'officer.bpjstk@hub.local');
  const reason = 'Formulir permintaan OTP kolektif, SMS tidak sampai';
  const result = await hub.gql(ISSUE, { input: { registrationIds: [dewi.registrationId, rudi.registrationId], reason } }, { token: officer.accessToken });
  expect(result.errors).toBeUndefined();
  const batch = result.data!.issueManualOtps;
  expect(batch.items).toHaveLength(2);
  const dewiItem = batch.items.find((i: { registrationId: string }) => i.registrationId === dewi.registrationId);
  expect(dewiItem).toMatchObject({ destination: '+62812****7802', code: expect.stringMatching(/^\d{6}$/) });
  const hours = (new Date(dewiItem.expiresAt).getTime() - Date.now()) / 3_600_000;
  expect(hours).toBeGreaterThan(23);
  expect(hours).toBeLessThanOrEqual(24);

  // The manual code is not texted, and no table holds it.
  const codesInDb = await hub.pool.query(`select count(*)::int as n from identity.outbox where body like $1`, [`%${dewiItem.code}%`]);
  expect(codesInDb.rows[0].n).toBe(0);

  const headers = { 'x-forwarded-for': dewi.ip };
  const verified = await hub.gql(VERIFY, { registrationId: dewi.registrationId, code: dewiItem.code }, { headers });
  expect(verified.data?.verifyRegistrationOtp.nextStep).toBe('SET_PASSWORD');
  const done = await hub.gql(COMPLETE, { registrationId: dewi.registrationId, password: PASSWORD }, { headers });
  expect(done.errors).toBeUndefined();

  const audit = await hub.pool.query(
    `select at, subject_nik, actor_kind, actor_id, actor_name, action, purpose, fields, details, prev_hash, hash
       from platform.access_log where action = 'MANUAL_OTP_ISSUED' order by id`,
  );
  expect(audit.rows).toHaveLength(2);
  expect(audit.rows.map((r) => r.subject_nik).sort()).toEqual([DEWI.identity.nik, RUDI_BPJSTK.identity.nik].sort());
  expect(audit.rows[0]).toMatchObject({ actor_kind: 'STAFF', actor_name: 'officer.bpjstk@hub.local', purpose: reason });
  expect(JSON.stringify(audit.rows)).not.toContain(dewiItem.code);
  // The rows form a hash chain from the genesis.
  const all = await hub.pool.query(`select * from platform.access_log order by id`);
  let prev = GENESIS_HASH;
  for (const row of all.rows) {
    expect(row.prev_hash).toBe(prev);
    expect(row.hash).toBe(
      auditHash(prev, {
        action: row.action,
        actorId: row.actor_id,
        actorKind: row.actor_kind,
        actorName: row.actor_name,
        at: new Date(row.at).toISOString(),
        details: row.details,
        fields: row.fields,
        purpose: row.purpose,
        subjectNik: row.subject_nik,
      }),
    );
    prev = row.hash;
  }
});

test('a registration that is not waiting for its phone cannot get a manual code', async () => {
  const admin = await staffLogin(hub, 'admin@hub.local');
  const result = await hub.gql(ISSUE, { input: { registrationIds: [dewi.registrationId], reason: 'Again' } }, { token: admin.accessToken });
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.registrationIds' });
});
