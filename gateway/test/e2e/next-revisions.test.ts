// Revisions (next contract): an officer sends a Taspen submission or a JHT claim back; only its
// submitter may revise it, only while NEEDS_REVISION; the documents are checked as on submission; it
// goes back to SUBMITTED, into the officers' queue, with the revision in the history and an e-mail.
import { randomUUID } from 'node:crypto';
import { DEWI as DEWI0, RUDI as RUDI0, staffToken, withAccount } from '../support/bpjstk';
import { kptInput, QUEUE, REVIEW, SUBMIT } from '../support/taspen';
import { useTestHub } from '../support/test-hub';
import { BUDI, SITI, participantToken, taspenOfficerToken } from '../support/tokens';
import { JPEG_BYTES, PDF_BYTES, uploadId } from '../support/uploads';

const REVISE_TASPEN = `mutation ReviseTaspenSubmission($id: ID!, $input: TaspenRevisionInput!) {
  reviseTaspenSubmission(id: $id, input: $input) { id status documents { kind documentId } history { status at note actor } }
}`;
const REVISE_JHT = `mutation ReviseJhtClaim($id: ID!, $input: JhtClaimRevisionInput!) {
  reviseJhtClaim(id: $id, input: $input) { id status history { status at note actor } }
}`;
const SUBMIT_JHT = `mutation SubmitJhtClaim($input: JhtClaimInput!) { submitJhtClaim(input: $input) { id status trackingCode } }`;
const REVIEW_JHT = `mutation ReviewJhtClaim($id: ID!, $decision: ReviewDecision!, $note: String) {
  reviewJhtClaim(id: $id, decision: $decision, note: $note) { id status }
}`;
const JHT_QUEUE = `query JhtClaimQueue($status: JhtClaimStatus, $first: Int) { jhtClaims(status: $status, first: $first) { nodes { id status } } }`;

const hub = useTestHub();
let [DEWI, RUDI] = [DEWI0, RUDI0];

beforeAll(async () => {
  [DEWI, RUDI] = await Promise.all([DEWI0, RUDI0].map((p) => withAccount(hub, p)));
});

const code = (result: { errors?: Array<{ extensions?: Record<string, any> }> }) => result.errors?.[0]?.extensions?.code;

async function outbox(to: string): Promise<Array<{ subject: string; body: string }>> {
  const response = await fetch(`${hub.baseUrl}/dev/outbox?to=${encodeURIComponent(to)}`);
  return ((await response.json()) as { messages: Array<{ subject: string; body: string }> }).messages;
}

async function kptDocuments(token: string, kinds = ['SURAT_PENGANTAR', 'KGB_TERAKHIR', 'SK_CPNS', 'SPMT']) {
  const documents = [];
  for (const kind of kinds) documents.push({ kind, documentId: await uploadId(hub.baseUrl, token, PDF_BYTES) });
  return documents;
}

describe('revising a Taspen submission', () => {
  test('refused before the officer asks, by another participant, and with documents missing; accepted from the submitter', async () => {
    const budi = await participantToken(hub, BUDI);
    const input = await kptInput(hub, budi, BUDI);
    const submitted = await hub.gql(SUBMIT, { input }, { token: budi });
    const id = submitted.data!.submitTaspenSubmission.id as string;

    const early = await hub.gql(REVISE_TASPEN, { id, input: { documents: await kptDocuments(budi) } }, { token: budi });
    expect(code(early)).toBe('CONFLICT');

    const officer = await taspenOfficerToken(hub);
    const asked = await hub.gql(REVIEW, { id, decision: 'REQUEST_REVISION', note: 'The KGB is not legible.' }, { token: officer });
    expect(asked.data!.reviewTaspenSubmission.status).toBe('NEEDS_REVISION');

    const siti = await participantToken(hub, SITI);
    const stranger = await hub.gql(REVISE_TASPEN, { id, input: { documents: await kptDocuments(siti) } }, { token: siti });
    expect(code(stranger)).toBe('NOT_FOUND');
    expect(stranger.data?.reviseTaspenSubmission ?? null).toBeNull();

    const withoutSpmt = await hub.gql(
      REVISE_TASPEN,
      { id, input: { documents: await kptDocuments(budi, ['SURAT_PENGANTAR', 'KGB_TERAKHIR', 'SK_CPNS']) } },
      { token: budi },
    );
    expect(withoutSpmt.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.documents' });
    expect(withoutSpmt.errors?.[0].message).toMatch(/SPMT/);

    const foreign = await kptDocuments(budi);
    foreign[1].documentId = await uploadId(hub.baseUrl, siti, PDF_BYTES);
    expect((await hub.gql(REVISE_TASPEN, { id, input: { documents: foreign } }, { token: budi })).errors?.[0].extensions?.field).toBe('input.documents');
    const photo = await kptDocuments(budi);
    photo[0].documentId = await uploadId(hub.baseUrl, budi, JPEG_BYTES);
    expect((await hub.gql(REVISE_TASPEN, { id, input: { documents: photo } }, { token: budi })).errors?.[0].message).toMatch(/PDF/);

    const documents = await kptDocuments(budi);
    const revised = await hub.gql(REVISE_TASPEN, { id, input: { documents, note: 'A legible KGB attached.' } }, { token: budi });
    expect(revised.errors).toBeUndefined();
    const submission = revised.data!.reviseTaspenSubmission;
    expect(submission.status).toBe('SUBMITTED');
    expect(submission.documents).toEqual(documents);
    expect(submission.history.map((h: any) => [h.status, h.actor])).toEqual([
      ['SUBMITTED', 'PARTICIPANT'],
      ['NEEDS_REVISION', 'STAFF'],
      ['SUBMITTED', 'PARTICIPANT'],
    ]);
    expect(submission.history[2].note).toBe('A legible KGB attached.');
    expect(Date.parse(submission.history[2].at)).toBeGreaterThanOrEqual(Date.parse(submission.history[1].at));

    const queue = await hub.gql(QUEUE, { status: 'SUBMITTED', first: 100 }, { token: officer });
    expect(queue.data!.taspenSubmissions.nodes.map((n: any) => n.id)).toContain(id);
    const mails = await outbox(input.email);
    expect(mails[0].subject).toMatch(/status SUBMITTED/);
    expect(mails.map((m) => m.subject).filter((s) => s.includes(submitted.data!.submitTaspenSubmission.trackingCode))).toHaveLength(3);

    const again = await hub.gql(REVISE_TASPEN, { id, input: { documents } }, { token: budi });
    expect(code(again)).toBe('CONFLICT');
  });
});

describe('revising a JHT claim', () => {
  const docs = async (token: string, kinds: string[]) => {
    const documents = [];
    for (const kind of kinds) documents.push({ kind, documentId: await uploadId(hub.baseUrl, token, PDF_BYTES) });
    return documents;
  };

  test('refused before the officer asks and by another participant; the submitter’s revision is back in the queue', async () => {
    const dewi = await participantToken(hub, DEWI);
    const input = {
      reason: 'RESIGNATION',
      bankAccount: { bankCode: 'BRI', accountNumber: '0123456789', accountName: DEWI.fullName },
      documents: await docs(dewi, ['KTP', 'KPJ_CARD', 'PAKLARING', 'BANK_BOOK']),
      idempotencyKey: randomUUID(),
    };
    const submitted = await hub.gql(SUBMIT_JHT, { input }, { token: dewi });
    expect(submitted.errors).toBeUndefined();
    const { id, trackingCode } = submitted.data!.submitJhtClaim;

    expect(code(await hub.gql(REVISE_JHT, { id, input: { documents: input.documents } }, { token: dewi }))).toBe('CONFLICT');
    const officer = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
    const asked = await hub.gql(REVIEW_JHT, { id, decision: 'REQUEST_REVISION', note: 'The bank book page is cut off.' }, { token: officer });
    expect(asked.data!.reviewJhtClaim.status).toBe('NEEDS_REVISION');

    const rudi = await participantToken(hub, RUDI);
    const stranger = await hub.gql(REVISE_JHT, { id, input: { documents: await docs(rudi, ['KTP', 'KPJ_CARD', 'PAKLARING', 'BANK_BOOK']) } }, { token: rudi });
    expect(code(stranger)).toBe('NOT_FOUND');

    const missing = await hub.gql(REVISE_JHT, { id, input: { documents: await docs(dewi, ['KTP', 'KPJ_CARD', 'BANK_BOOK']) } }, { token: dewi });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.documents' });
    const wrongName = await hub.gql(
      REVISE_JHT,
      {
        id,
        input: {
          documents: await docs(dewi, ['KTP', 'KPJ_CARD', 'PAKLARING', 'BANK_BOOK']),
          bankAccount: { bankCode: 'BNI', accountNumber: '99887766', accountName: 'Someone Else' },
        },
      },
      { token: dewi },
    );
    expect(wrongName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.bankAccount.accountName' });

    const revised = await hub.gql(
      REVISE_JHT,
      {
        id,
        input: { documents: await docs(dewi, ['KTP', 'KPJ_CARD', 'PAKLARING', 'BANK_BOOK']), note: 'The whole page now.' },
      },
      { token: dewi },
    );
    expect(revised.errors).toBeUndefined();
    expect(revised.data!.reviseJhtClaim.status).toBe('SUBMITTED');
    expect(revised.data!.reviseJhtClaim.history.map((h: any) => [h.status, h.actor, h.note])).toEqual([
      ['SUBMITTED', 'PARTICIPANT', null],
      ['NEEDS_REVISION', 'STAFF', 'The bank book page is cut off.'],
      ['SUBMITTED', 'PARTICIPANT', 'The whole page now.'],
    ]);
    const queue = await hub.gql(JHT_QUEUE, { status: 'SUBMITTED', first: 100 }, { token: officer });
    expect(queue.data!.jhtClaims.nodes.map((n: any) => n.id)).toContain(id);
    const mails = await outbox('dewi.lestari@example.id');
    expect(mails.some((m) => m.subject.includes(trackingCode) && /SUBMITTED/.test(m.subject))).toBe(true);
    const again = await hub.gql(REVIEW_JHT, { id, decision: 'APPROVE' }, { token: officer });
    expect(again.data!.reviewJhtClaim.status).toBe('VERIFIED');
  });
});
