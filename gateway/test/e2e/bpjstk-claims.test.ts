// JHT claims: submission (documents, NPWP, eligibility), idempotency under concurrent retries,
// public tracking, and the officers' review queue.
import { randomUUID } from 'node:crypto';
import { useTestHub } from '../support/test-hub';
import { ANDI as ANDI0, DEWI as DEWI0, RUDI as RUDI0, JHT_DOCUMENTS, bpjsTkOf, jhtClaimInput, staffToken, withAccount } from '../support/bpjstk';
import { participantToken } from '../support/tokens';
import { PDF_BYTES, uploadId } from '../support/uploads';

const hub = useTestHub();
let [DEWI, RUDI, ANDI] = [DEWI0, RUDI0, ANDI0];

beforeAll(async () => {
  [DEWI, RUDI, ANDI] = await Promise.all([DEWI0, RUDI0, ANDI0].map((p) => withAccount(hub, p)));
});

const SUBMIT = `mutation SubmitJhtClaim($input: JhtClaimInput!) {
  submitJhtClaim(input: $input) { id status trackingCode channel submittedAt }
}`;
const TRACK = `query TrackJhtClaim($trackingCode: String!) {
  trackJhtClaim(trackingCode: $trackingCode) { trackingCode status channel history { status at } }
}`;
const QUEUE = `query JhtClaimQueue($status: JhtClaimStatus, $first: Int, $after: String) {
  jhtClaims(status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id status channel trackingCode submittedAt }
  }
}`;
const REVIEW = `mutation ReviewJhtClaim($id: ID!, $decision: ReviewDecision!, $note: String) {
  reviewJhtClaim(id: $id, decision: $decision, note: $note) { id status }
}`;

describe('submitting a JHT claim', () => {
  test('a missing required document is refused naming the field', async () => {
    const token = await participantToken(hub, DEWI);
    const result = await hub.gql(SUBMIT, { input: await jhtClaimInput(hub, token, DEWI, ['KTP', 'KPJ_CARD', 'BANK_BOOK']) }, { token });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.documents' });
    expect(result.errors?.[0].message).toMatch(/PAKLARING/);
  });

  test('a document uploaded by someone else is refused', async () => {
    const token = await participantToken(hub, DEWI);
    const input = await jhtClaimInput(hub, token, DEWI, JHT_DOCUMENTS);
    input.documents[0].documentId = await uploadId(hub.baseUrl, await participantToken(hub, ANDI), PDF_BYTES);
    const result = await hub.gql(SUBMIT, { input }, { token });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.documents[0].documentId' });
  });

  test('Andi, still employed, cannot claim', async () => {
    const token = await participantToken(hub, ANDI);
    const result = await hub.gql(SUBMIT, { input: await jhtClaimInput(hub, token, ANDI, JHT_DOCUMENTS) }, { token });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
  });

  test('Rudi must give an NPWP for a balance over Rp 50 million', async () => {
    const token = await participantToken(hub, RUDI);
    const input = await jhtClaimInput(hub, token, RUDI, ['KTP', 'KPJ_CARD', 'BANK_BOOK', 'NPWP'], { reason: 'RETIREMENT' });
    const without = await hub.gql(SUBMIT, { input }, { token });
    expect(without.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.npwp' });
    const withNpwp = await hub.gql(SUBMIT, { input: { ...input, npwp: '01.312.166.0-091.000' } }, { token });
    expect(withNpwp.errors).toBeUndefined();
    expect(withNpwp.data!.submitJhtClaim).toMatchObject({ status: 'SUBMITTED', channel: 'LAPAK_ASIK' });
  });

  test('concurrent identical submissions give one claim, and the participant sees it in their overview', async () => {
    const token = await participantToken(hub, DEWI);
    const input = await jhtClaimInput(hub, token, DEWI, JHT_DOCUMENTS);
    const results = await Promise.all(Array.from({ length: 8 }, () => hub.gql(SUBMIT, { input }, { token })));
    expect(results.map((r) => r.errors)).toEqual(Array(8).fill(undefined));
    const ids = new Set(results.map((r) => r.data!.submitJhtClaim.id));
    expect(ids.size).toBe(1);
    const claim = results[0].data!.submitJhtClaim;
    expect(claim).toMatchObject({ status: 'SUBMITTED', channel: 'JMO' });
    expect(claim.trackingCode).toMatch(/^JHT-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const { rows } = await hub.pool.query(`select count(*)::int as n from bpjstk.jht_claim where nik = $1`, [DEWI.nik]);
    expect(rows[0].n).toBe(1);

    const own = await bpjsTkOf(hub, DEWI.nik, 'claims(first: 10) { totalCount nodes { id status trackingCode } }', token);
    expect(own.bpjsTk.claims).toEqual({ totalCount: 1, nodes: [{ id: claim.id, status: 'SUBMITTED', trackingCode: claim.trackingCode }] });

    const another = await hub.gql(SUBMIT, { input: { ...input, idempotencyKey: randomUUID() } }, { token });
    expect(another.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('tracking and review', () => {
  let claim: any;

  beforeAll(async () => {
    const budi = await withAccount(hub, { nik: '3173051203850001', fullName: 'Budi Santoso' });
    const token = await participantToken(hub, budi);
    const result = await hub.gql(SUBMIT, { input: await jhtClaimInput(hub, token, budi, JHT_DOCUMENTS) }, { token });
    claim = result.data!.submitJhtClaim;
  });

  test('anyone can track a claim by its code and sees only status, channel and history', async () => {
    const result = await hub.gql(TRACK, { trackingCode: claim.trackingCode.toLowerCase() });
    expect(result.errors).toBeUndefined();
    expect(result.data!.trackJhtClaim).toMatchObject({ trackingCode: claim.trackingCode, status: 'SUBMITTED', channel: 'LAPAK_ASIK' });
    expect(result.data!.trackJhtClaim.history.map((h: any) => h.status)).toEqual(['SUBMITTED']);
    const unknown = await hub.gql(TRACK, { trackingCode: 'JHT-AAAA-BBBB-CCCC' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  test('participants and Taspen officers cannot review', async () => {
    for (const token of [await participantToken(hub, DEWI), await staffToken(hub, ['TASPEN_OFFICER'], 'TASPEN')]) {
      const result = await hub.gql(REVIEW, { id: claim.id, decision: 'APPROVE' }, { token });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  // Issue 11 (finding 6): one officer used to take the claim all the way to PAID; a second officer now records the payment.
  test('each approval advances SUBMITTED → VERIFIED → APPROVED → PAID (by a second officer), then nothing more', async () => {
    const officer = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
    const supervisor = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const result = await hub.gql(REVIEW, { id: claim.id, decision: 'APPROVE', note: `step ${i}` }, { token: i < 2 ? officer : supervisor });
      statuses.push(result.data!.reviewJhtClaim.status);
    }
    expect(statuses).toEqual(['VERIFIED', 'APPROVED', 'PAID']);
    const after = await hub.gql(REVIEW, { id: claim.id, decision: 'REJECT' }, { token: officer });
    expect(after.errors?.[0].extensions?.code).toBe('CONFLICT');
    const tracked = await hub.gql(TRACK, { trackingCode: claim.trackingCode });
    expect(tracked.data!.trackJhtClaim.history.map((h: any) => h.status)).toEqual(['SUBMITTED', 'VERIFIED', 'APPROVED', 'PAID']);
  });

  test('the review queue pages with a cursor and filters by status', async () => {
    const officer = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
    const all = await hub.gql(QUEUE, { first: 100 }, { token: officer });
    const total = all.data!.jhtClaims.totalCount;
    expect(total).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await hub.gql(QUEUE, { first: 1, after }, { token: officer });
      seen.push(...page.data.jhtClaims.nodes.map((n: any) => n.id));
      if (!page.data.jhtClaims.pageInfo.hasNextPage) break;
      after = page.data.jhtClaims.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data!.jhtClaims.nodes.map((n: any) => n.id));
    expect(new Set(seen).size).toBe(total);
    const paid = await hub.gql(QUEUE, { status: 'PAID' }, { token: officer });
    expect(paid.data!.jhtClaims.nodes.map((n: any) => n.id)).toEqual([claim.id]);
    const participant = await hub.gql(QUEUE, {}, { token: await participantToken(hub, DEWI) });
    expect(participant.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
