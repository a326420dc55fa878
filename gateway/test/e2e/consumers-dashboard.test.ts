// The officers' dashboard: one entity, counts from all three services, staff only.
import { useTestHub } from '../support/test-hub';
import { auditorToken, codes, registerPartner, partnerAccessToken } from '../support/consumers';
import { DEWI as DEWI0, jhtClaimInput, withAccount } from '../support/bpjstk';
import { kptInput, SUBMIT } from '../support/taspen';
import { BUDI, participantToken, taspenOfficerToken } from '../support/tokens';

const hub = useTestHub();

const DASHBOARD = `query HubDashboard {
  hubDashboard {
    taspenSubmissionsByStatus { status count }
    jhtClaimsByStatus { status count }
    otpDelivery { sent failed manual }
  }
}`;
const SUBMIT_CLAIM = `mutation SubmitJhtClaim($input: JhtClaimInput!) { submitJhtClaim(input: $input) { id status } }`;

type Counts = Array<{ status: string; count: number }>;
const countOf = (list: Counts, status: string) => list.find((entry) => entry.status === status)?.count;

async function dashboard(token: string) {
  const result = await hub.gql(DASHBOARD, {}, { token });
  expect(result.errors).toBeUndefined();
  return result.data!.hubDashboard as {
    taspenSubmissionsByStatus: Counts;
    jhtClaimsByStatus: Counts;
    otpDelivery: { sent: number; failed: number; manual: number };
  };
}

test('every status is listed, with zeros, for any staff role', async () => {
  const board = await dashboard(await auditorToken(hub));
  expect(board.taspenSubmissionsByStatus.map((entry) => entry.status)).toEqual(['SUBMITTED', 'IN_REVIEW', 'NEEDS_REVISION', 'APPROVED', 'REJECTED']);
  expect(board.jhtClaimsByStatus.map((entry) => entry.status).sort()).toEqual(['APPROVED', 'NEEDS_REVISION', 'PAID', 'REJECTED', 'SUBMITTED', 'VERIFIED']);
  expect(board.otpDelivery).toEqual({ sent: expect.any(Number), failed: expect.any(Number), manual: expect.any(Number) });
});

test('a new Taspen submission and a new JHT claim show up in the counts', async () => {
  const officer = await taspenOfficerToken(hub);
  const before = await dashboard(officer);

  const budi = await participantToken(hub, BUDI);
  const submitted = await hub.gql(SUBMIT, { input: await kptInput(hub, budi, BUDI) }, { token: budi });
  expect(submitted.errors).toBeUndefined();

  const dewi = await withAccount(hub, DEWI0);
  const dewiToken = await participantToken(hub, dewi);
  const claim = await hub.gql(SUBMIT_CLAIM, { input: await jhtClaimInput(hub, dewiToken, dewi) }, { token: dewiToken });
  expect(claim.errors).toBeUndefined();

  const after = await dashboard(officer);
  expect(countOf(after.taspenSubmissionsByStatus, 'SUBMITTED')).toBe(countOf(before.taspenSubmissionsByStatus, 'SUBMITTED')! + 1);
  expect(countOf(after.jhtClaimsByStatus, 'SUBMITTED')).toBe(countOf(before.jhtClaimsByStatus, 'SUBMITTED')! + 1);
});

test('OTP delivery counts sent codes and manual ones', async () => {
  const before = await dashboard(await auditorToken(hub));
  await hub.pool.query(
    "insert into identity.outbox (channel, recipient, body, kind, status, sent_at) values ('SMS', '+6281200000001', 'x', 'OTP_STEP_UP', 'SENT', now()), ('SMS', '+6281200000002', 'x', 'OTP_STEP_UP', 'FAILED', null)",
  );
  await hub.pool.query(
    "insert into taspen.outbox (channel, recipient, body, kind, status, sent_at) values ('EMAIL', 'a@b.c', 'x', 'TASPEN_SUBMISSION_STATUS', 'SENT', now())",
  );
  const after = await dashboard(await auditorToken(hub));
  expect(after.otpDelivery.sent).toBe(before.otpDelivery.sent + 1);
  expect(after.otpDelivery.failed).toBe(before.otpDelivery.failed + 1);
  expect(after.otpDelivery.manual).toBe(before.otpDelivery.manual);
});

test('participants, partners and anonymous callers get no dashboard', async () => {
  const participant = await hub.gql(DASHBOARD, {}, { token: await participantToken(hub, BUDI) });
  expect(participant.data?.hubDashboard ?? null).toBeNull();
  expect(codes(participant)).toEqual(['FORBIDDEN']);
  const partner = await partnerAccessToken(hub, await registerPartner(hub, 'Dashboard Peeker', ['CARDS_READ']));
  expect(codes(await hub.gql(DASHBOARD, {}, { token: partner }))).toEqual(['FORBIDDEN']);
  expect(codes(await hub.gql(DASHBOARD))).toEqual(['UNAUTHENTICATED']);
});
