// A participant files a KPT submission: refused while documents are missing or not theirs,
// accepted once complete, idempotent by key, and visible to no other participant.
import { useTestHub } from '../support/test-hub';
import { kptInput, SUBMISSION, SUBMIT } from '../support/taspen';
import { BUDI, SITI, participantToken } from '../support/tokens';
import { PDF_BYTES, uploadId } from '../support/uploads';

const hub = useTestHub();
let [budi, siti] = ['', ''];

beforeAll(async () => {
  [budi, siti] = await Promise.all([participantToken(hub, BUDI), participantToken(hub, SITI)]);
});

test('a KPT submission without the SPMT is refused for Budi, naming the field documents', async () => {
  const input = await kptInput(hub, budi, BUDI);
  input.documents = input.documents.filter((d) => d.kind !== 'SPMT');
  const result = await hub.gql(SUBMIT, { input }, { token: budi });
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.documents' });
  expect(result.errors?.[0].message).toContain('SPMT');
});

test('a KPT submission citing a document someone else uploaded is refused', async () => {
  const input = await kptInput(hub, budi, BUDI);
  input.documents[0].documentId = await uploadId(hub.baseUrl, siti, PDF_BYTES);
  const result = await hub.gql(SUBMIT, { input }, { token: budi });
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.documents' });
});

test('a KTP photo someone else uploaded is refused, naming the photo field', async () => {
  const input = await kptInput(hub, budi, BUDI, { ktpPhotoDocumentId: await uploadId(hub.baseUrl, siti, PDF_BYTES) });
  const result = await hub.gql(SUBMIT, { input }, { token: budi });
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ktpPhotoDocumentId' });
});

test('a participant cannot submit for a NIP that is not theirs', async () => {
  const input = await kptInput(hub, budi, BUDI, { nip: SITI.nip });
  const result = await hub.gql(SUBMIT, { input }, { token: budi });
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nip' });
});

test('an applicant NIK that does not match the birth date, or a bad e-mail, names its field', async () => {
  const input = await kptInput(hub, budi, BUDI);
  const wrongDate = await hub.gql(SUBMIT, { input: { ...input, applicant: { ...input.applicant, birthDate: '1985-03-13' } } }, { token: budi });
  expect(wrongDate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicant.nik' });
  const badEmail = await hub.gql(SUBMIT, { input: { ...input, email: 'budi@' } }, { token: budi });
  expect(badEmail.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
});

test('a complete KPT submission is accepted with a tracking code, its documents and its first history entry', async () => {
  const input = await kptInput(hub, budi, BUDI);
  const result = await hub.gql(SUBMIT, { input }, { token: budi });
  expect(result.errors).toBeUndefined();
  const submitted = result.data?.submitTaspenSubmission;
  expect(submitted).toMatchObject({ type: 'KPT', status: 'SUBMITTED', trackingCode: expect.stringMatching(/^TSP-[0-9A-Z]{10}$/) });

  const read = await hub.gql(SUBMISSION, { id: submitted.id }, { token: budi });
  expect(read.errors).toBeUndefined();
  expect(read.data?.taspenSubmission).toMatchObject({
    id: submitted.id,
    applicant: { relation: 'SELF', fullName: 'Budi Santoso' },
    documents: input.documents,
    history: [{ status: 'SUBMITTED', at: expect.any(String), note: null }],
  });

  const mail = await hub.pool.query(`select subject, body from taspen.outbox where recipient = $1 and kind = 'TASPEN_SUBMISSION_STATUS'`, [input.email]);
  expect(mail.rows).toHaveLength(1);
  expect(mail.rows[0].body).toContain(submitted.trackingCode);
  expect(mail.rows[0].body).toContain('telah kami terima');
});

test('submitting again with the same idempotency key returns the first submission, not a second', async () => {
  const input = await kptInput(hub, budi, BUDI);
  const [first, second] = await Promise.all([hub.gql(SUBMIT, { input }, { token: budi }), hub.gql(SUBMIT, { input }, { token: budi })]);
  const third = await hub.gql(SUBMIT, { input }, { token: budi });
  const ids = [first, second, third].map((r) => r.data?.submitTaspenSubmission.id);
  expect(new Set(ids).size).toBe(1);
  const count = await hub.pool.query(`select count(*)::int as n from taspen.submission where idempotency_key = $1`, [input.idempotencyKey]);
  expect(count.rows[0].n).toBe(1);
});

test('another participant cannot read the submission, and gets no data', async () => {
  const input = await kptInput(hub, budi, BUDI);
  const { data } = await hub.gql(SUBMIT, { input }, { token: budi });
  const foreign = await hub.gql(SUBMISSION, { id: data?.submitTaspenSubmission.id }, { token: siti });
  expect(foreign.errors?.[0].extensions?.code).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
  expect(foreign.data?.taspenSubmission ?? null).toBeNull();
});

test('another participant cannot download a document cited by the submission', async () => {
  const input = await kptInput(hub, budi, BUDI);
  await hub.gql(SUBMIT, { input }, { token: budi });
  const response = await fetch(`${hub.baseUrl}/uploads/${input.documents[0].documentId}`, { headers: { authorization: `Bearer ${siti}` } });
  expect(response.status).toBe(404);
});

test('only signed-in participants submit', async () => {
  const input = await kptInput(hub, budi, BUDI);
  expect((await hub.gql(SUBMIT, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
