// Taspen officers work the queue: list, decide, and every decision lands in the history, the
// audit trail and the participant's mailbox. Nobody else may decide.
import { useTestHub } from '../support/test-hub';
import { kptInput, QUEUE, REVIEW, SUBMISSION, SUBMIT } from '../support/taspen';
import { BUDI, SITI, bpjsTkOfficerToken, participantToken, taspenOfficerToken } from '../support/tokens';

const hub = useTestHub();
let [budi, siti] = ['', ''];
let officer: string;

beforeAll(async () => {
  [budi, siti] = await Promise.all([participantToken(hub, BUDI), participantToken(hub, SITI)]);
  officer = await taspenOfficerToken(hub);
});

async function submitFor(token: string, person: typeof BUDI) {
  const input = await kptInput(hub, token, person);
  const result = await hub.gql(SUBMIT, { input }, { token });
  expect(result.errors).toBeUndefined();
  return { id: result.data?.submitTaspenSubmission.id as string, input };
}

// Issue 11: the participant's NIP in the queue is a person's data; staff read it with a stated purpose (it was open).
test('an officer pages through the queue in a stable order with the participant’s NIP', async () => {
  const submitted = [await submitFor(budi, BUDI), await submitFor(siti, SITI), await submitFor(budi, BUDI)];
  const seen: string[] = [];
  let after: string | null = null;
  let total = 0;
  for (let page = 0; page < 5; page++) {
    const result: any = await hub.gql(QUEUE, { status: 'SUBMITTED', first: 2, after }, { token: officer, headers: { 'x-access-purpose': 'KPT review queue' } });
    expect(result.errors).toBeUndefined();
    const connection = result.data.taspenSubmissions;
    total = connection.totalCount;
    seen.push(...connection.nodes.map((n: any) => n.id));
    for (const node of connection.nodes) expect([BUDI.nip, SITI.nip]).toContain(node.participant.nip);
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen).toHaveLength(total);
  for (const { id } of submitted) expect(seen).toContain(id);
});

test('participants and BPJS TK officers cannot see the queue', async () => {
  expect((await hub.gql(QUEUE, {}, { token: budi })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await hub.gql(QUEUE, {}, { token: await bpjsTkOfficerToken(hub) })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

test('a BPJS TK officer and the participant cannot decide a Taspen submission', async () => {
  const { id } = await submitFor(budi, BUDI);
  const bpjs = await hub.gql(REVIEW, { id, decision: 'APPROVE' }, { token: await bpjsTkOfficerToken(hub) });
  expect(bpjs.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const self = await hub.gql(REVIEW, { id, decision: 'APPROVE' }, { token: budi });
  expect(self.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await hub.gql(SUBMISSION, { id }, { token: budi })).data?.taspenSubmission.status).toBe('SUBMITTED');
});

test('an officer approves a KPT: history, audit trail, e-mail and a renewed card', async () => {
  const { id, input } = await submitFor(budi, BUDI);
  const before = await hub.pool.query(`select to_char(issued_at, 'YYYY-MM-DD') as issued_at from taspen.card where number = $1`, [`KPT-${BUDI.nip}`]);

  const result = await hub.gql(REVIEW, { id, decision: 'APPROVE', note: 'Dokumen lengkap' }, { token: officer });
  expect(result.errors).toBeUndefined();
  expect(result.data?.reviewTaspenSubmission).toEqual({ id, status: 'APPROVED' });

  const read = await hub.gql(SUBMISSION, { id }, { token: budi });
  expect(read.data?.taspenSubmission.history.map((h: any) => [h.status, h.note])).toEqual([
    ['SUBMITTED', null],
    ['APPROVED', 'Dokumen lengkap'],
  ]);

  const audit = await hub.pool.query(
    `select actor_kind, actor_name, subject_nik, details from platform.access_log where action = 'TASPEN_SUBMISSION_APPROVE' and details->>'submissionId' = $1`,
    [id],
  );
  expect(audit.rows).toEqual([expect.objectContaining({ actor_kind: 'STAFF', actor_name: 'officer.taspen@hub.local', subject_nik: BUDI.nik })]);

  const mail = await hub.pool.query(`select body from taspen.outbox where recipient = $1 order by id`, [input.email]);
  expect(mail.rows.map((row) => row.body).join('\n')).toContain('telah disetujui');

  const after = await hub.pool.query(`select to_char(issued_at, 'YYYY-MM-DD') as issued_at, revoked_at from taspen.card where number = $1`, [
    `KPT-${BUDI.nip}`,
  ]);
  expect(after.rows[0].revoked_at).toBeNull();
  expect(after.rows[0].issued_at >= before.rows[0].issued_at).toBe(true);
});

test('a decided submission cannot be decided again', async () => {
  const { id } = await submitFor(siti, SITI);
  expect((await hub.gql(REVIEW, { id, decision: 'REJECT', note: 'Data tidak sesuai' }, { token: officer })).data?.reviewTaspenSubmission.status).toBe(
    'REJECTED',
  );
  const again = await hub.gql(REVIEW, { id, decision: 'APPROVE' }, { token: officer });
  expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
});

test('a revision request needs a note and is shown to the participant', async () => {
  const { id } = await submitFor(siti, SITI);
  const noNote = await hub.gql(REVIEW, { id, decision: 'REQUEST_REVISION' }, { token: officer });
  expect(noNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
  await hub.gql(REVIEW, { id, decision: 'REQUEST_REVISION', note: 'SK CPNS tidak terbaca' }, { token: officer });
  const read = await hub.gql(SUBMISSION, { id }, { token: siti });
  expect(read.data?.taspenSubmission.status).toBe('NEEDS_REVISION');
  expect(read.data?.taspenSubmission.history.at(-1).note).toBe('SK CPNS tidak terbaca');
});

test('an officer reads a submission and its reads are in the access log', async () => {
  const { id } = await submitFor(budi, BUDI);
  const read = await hub.gql(SUBMISSION, { id }, { token: officer });
  expect(read.data?.taspenSubmission.id).toBe(id);
  const audit = await hub.pool.query(
    `select count(*)::int as n from platform.access_log where action = 'READ_TASPEN_SUBMISSION' and details->>'submissionId' = $1`,
    [id],
  );
  expect(audit.rows[0].n).toBe(1);
});
