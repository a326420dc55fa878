// Partial JHT claims (next contract): HOUSING up to 30% and RETIREMENT_PREPARATION up to 10% of the
// balance, rounded down, for ten years of membership (memberSince), ACTIVE or not, once in a
// membership; the paid amount is a withdrawal on the balance and the statement.
import { randomUUID } from 'node:crypto';
import { ANDI as ANDI0, BUDI_TK as BUDI0, staffToken, withAccount } from '../support/bpjstk';
import { useTestHub } from '../support/test-hub';
import { participantToken } from '../support/tokens';
import { PDF_BYTES, uploadId } from '../support/uploads';

const ELIGIBILITY = `query JhtClaimEligibilityFor($reason: JhtClaimReason) {
  me { person { bpjsTk { memberSince jhtClaimEligibility(reason: $reason) { eligible reasons channel maxAmount requiredDocuments { kind title required } } } } }
}`;
const SUBMIT = `mutation SubmitJhtClaim($input: JhtClaimInput!) { submitJhtClaim(input: $input) { id status reason amount channel } }`;
const REVIEW = `mutation ReviewJhtClaim($id: ID!, $decision: ReviewDecision!) { reviewJhtClaim(id: $id, decision: $decision) { id status } }`;
const BALANCE = `query Balance($year: Int!) {
  me { person { bpjsTk { jhtBalance { total contributions returns withdrawals } jhtStatement(year: $year) { openingBalance closingBalance entries { period withdrawal } } } } }
}`;

const hub = useTestHub();
let [ANDI, BUDI] = [ANDI0, BUDI0];

beforeAll(async () => {
  [ANDI, BUDI] = await Promise.all([ANDI0, BUDI0].map((p) => withAccount(hub, p)));
});

const required = (e: any) =>
  e.requiredDocuments
    .filter((d: any) => d.required)
    .map((d: any) => d.kind)
    .sort();

async function eligibility(token: string, reason: string | null) {
  const result = await hub.gql(ELIGIBILITY, { reason }, { token });
  expect(result.errors).toBeUndefined();
  return result.data!.me.person.bpjsTk;
}

async function input(token: string, reason: string, kinds: string[], extra: Record<string, unknown> = {}) {
  const documents = [];
  for (const kind of kinds) documents.push({ kind, documentId: await uploadId(hub.baseUrl, token, PDF_BYTES) });
  return {
    reason,
    documents,
    idempotencyKey: randomUUID(),
    bankAccount: { bankCode: 'BCA', accountNumber: '5550001112', accountName: ANDI.fullName },
    ...extra,
  };
}

test('Andi (member since 2012, still employed) may claim 30% for housing and 10% to prepare for retirement', async () => {
  const token = await participantToken(hub, ANDI);
  const housing = await eligibility(token, 'HOUSING');
  expect(housing.memberSince).toBe('2012-01-15');
  expect(housing.jhtClaimEligibility).toMatchObject({ eligible: true, maxAmount: 13_536_150, channel: 'LAPAK_ASIK' });
  expect(required(housing.jhtClaimEligibility)).toEqual(['BANK_BOOK', 'HOUSING_PROOF', 'KPJ_CARD', 'KTP']);
  const retirement = await eligibility(token, 'RETIREMENT_PREPARATION');
  expect(retirement.jhtClaimEligibility).toMatchObject({ eligible: true, maxAmount: 4_512_050 });
  expect(required(retirement.jhtClaimEligibility)).toEqual(['BANK_BOOK', 'KPJ_CARD', 'KTP']);
  // The full claim is still not possible while employed.
  expect((await eligibility(token, null)).jhtClaimEligibility).toMatchObject({ eligible: false, maxAmount: 45_120_500 });
});

test('Budi joined in 2006 but left in 2009: under ten years of membership, no partial claim', async () => {
  const token = await participantToken(hub, BUDI);
  const housing = await eligibility(token, 'HOUSING');
  expect(housing.memberSince).toBe('2006-03-01');
  expect(housing.jhtClaimEligibility).toMatchObject({ eligible: false, maxAmount: 0 });
  expect(housing.jhtClaimEligibility.reasons.join(' ')).toMatch(/at least 10/);
  const refused = await hub.gql(
    SUBMIT,
    {
      input: await input(token, 'RETIREMENT_PREPARATION', ['KTP', 'KPJ_CARD', 'BANK_BOOK'], {
        bankAccount: { bankCode: 'BRI', accountNumber: '0123456789', accountName: BUDI.fullName },
      }),
    },
    { token },
  );
  expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
});

test('Andi: refused above the maximum and without a housing proof; paid, it is a withdrawal; a second partial claim is not eligible', async () => {
  const token = await participantToken(hub, ANDI);
  const above = await hub.gql(
    SUBMIT,
    { input: await input(token, 'HOUSING', ['KTP', 'KPJ_CARD', 'BANK_BOOK', 'HOUSING_PROOF'], { amount: 13_536_151 }) },
    { token },
  );
  expect(above.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
  const noProof = await hub.gql(SUBMIT, { input: await input(token, 'HOUSING', ['KTP', 'KPJ_CARD', 'BANK_BOOK'], { amount: 10_000_000 }) }, { token });
  expect(noProof.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.documents' });
  expect(noProof.errors?.[0].message).toMatch(/HOUSING_PROOF/);

  const submitted = await hub.gql(
    SUBMIT,
    { input: await input(token, 'HOUSING', ['KTP', 'KPJ_CARD', 'BANK_BOOK', 'HOUSING_PROOF'], { amount: '10000000' }) },
    { token },
  );
  expect(submitted.errors).toBeUndefined();
  expect(submitted.data!.submitJhtClaim).toMatchObject({ status: 'SUBMITTED', reason: 'HOUSING', amount: 10_000_000, channel: 'LAPAK_ASIK' });
  const id = submitted.data!.submitJhtClaim.id;

  // Once in a membership: the pending housing claim already counts, for either kind.
  for (const reason of ['HOUSING', 'RETIREMENT_PREPARATION']) {
    const second = (await eligibility(token, reason)).jhtClaimEligibility;
    expect(second).toMatchObject({ eligible: false, maxAmount: 0 });
    expect(second.reasons.join(' ')).toMatch(/already made/);
  }

  for (const status of ['VERIFIED', 'APPROVED', 'PAID']) {
    const step = await hub.gql(REVIEW, { id, decision: 'APPROVE' }, { token: await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK') });
    expect(step.data?.reviewJhtClaim.status).toBe(status);
  }
  const year = new Date().getUTCFullYear();
  const balance = await hub.gql(BALANCE, { year }, { token });
  expect(balance.errors).toBeUndefined();
  const bpjsTk = balance.data!.me.person.bpjsTk;
  expect(bpjsTk.jhtBalance).toMatchObject({ total: 45_120_500 - 10_000_000, withdrawals: 10_000_000 });
  expect(bpjsTk.jhtBalance.contributions + bpjsTk.jhtBalance.returns - bpjsTk.jhtBalance.withdrawals).toBe(bpjsTk.jhtBalance.total);
  expect(bpjsTk.jhtStatement.entries.filter((e: any) => e.withdrawal > 0).map((e: any) => e.withdrawal)).toEqual([10_000_000]);
  expect(bpjsTk.jhtStatement.closingBalance).toBe(45_120_500 - 10_000_000);

  const afterPaid = (await eligibility(token, 'RETIREMENT_PREPARATION')).jhtClaimEligibility;
  expect(afterPaid.eligible).toBe(false);
  // Having made a partial claim, any later claim needs an NPWP.
  expect((await eligibility(token, null)).jhtClaimEligibility.requiredDocuments.find((d: any) => d.kind === 'NPWP').required).toBe(true);
});
