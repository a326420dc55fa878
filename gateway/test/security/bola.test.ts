// Broken object-level authorisation: every contract operation that takes an id or a NIK, called by someone
// who has no business with that object — another participant, a partner without consent, a kiosk session of
// another person, an officer of the other agency, nobody at all. Every call is refused, nothing changes, and
// no error carries the object's data. The hub's logs (debug level) are checked for clear-text PII at the end.
import { randomUUID } from 'node:crypto';
import { useTestHub } from '../support/test-hub';
import { LogCapture } from '../support/log-capture';
import { ANDI, DEWI as DEWI0, jhtClaimInput, kioskToken, staffToken, withAccount } from '../support/bpjstk';
import { GRANT, REVOKE, PARTNER_VIEW, adminToken, partnerAccessToken, registerPartner, steppedUpToken } from '../support/consumers';
import { SUBMIT, kptInput } from '../support/taspen';
import { BUDI, SITI, bpjsTkOfficerToken, participantToken, taspenOfficerToken } from '../support/tokens';
import { PDF_BYTES, uploadId } from '../support/uploads';
import { SARI, bpuInput, employerInput } from '../support/registrations';

const logs = new LogCapture();
const hub = useTestHub({ LOG_LEVEL: 'debug' }, { logDestination: logs });

const DENIED = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED', 'CONSENT_REQUIRED', 'STEP_UP_REQUIRED']);
const PURPOSE = { 'x-access-purpose': 'Security test: cross-agency read' };

interface Fixture {
  tokens: Record<string, string>;
  submissionId: string;
  submissionTracking: string;
  claimId: string;
  claimTracking: string;
  ticketId: string;
  consentId: string;
  uploadId: string;
  employerId: string;
  employerName: string;
  cardPath: string;
}
let f: Fixture;

beforeAll(async () => {
  const [budi, siti, dewi] = await Promise.all([withAccount(hub, BUDI), withAccount(hub, SITI), withAccount(hub, DEWI0)]);
  const budiToken = await participantToken(hub, budi);
  const dewiToken = await participantToken(hub, dewi);
  const partner = await registerPartner(hub, 'Koperasi Uji', ['PROFILE_READ', 'CARDS_READ', 'BALANCES_READ', 'SUBMISSIONS_READ', 'CLAIMS_READ']);
  const consented = await registerPartner(hub, 'Bank Uji', ['PROFILE_READ']);
  const tokens: Record<string, string> = {
    budi: budiToken,
    siti: await participantToken(hub, siti),
    dewi: dewiToken,
    partnerWithoutConsent: await partnerAccessToken(hub, partner),
    kioskOfSiti: await kioskToken(hub, siti),
    kioskOfAndi: await kioskToken(hub, await withAccount(hub, ANDI)),
    taspenOfficer: await taspenOfficerToken(hub),
    bpjsTkOfficer: await bpjsTkOfficerToken(hub),
    auditor: await staffToken(hub, ['AUDITOR']),
  };
  // Callers the first matrix missed (issue 11): a kiosk's own device token, and the account of someone whose only
  // BPJS TK record is one they registered themselves (unverified).
  const kiosk = await hub.gql(
    `mutation { registerKiosk(input: { name: "MPP Matrix", location: "Medan" }) { deviceToken } }`,
    {},
    { token: await adminToken(hub) },
  );
  tokens.kioskDevice = kiosk.data!.registerKiosk.deviceToken;
  await hub.gql(`mutation($input: BpuRegistrationInput!) { registerBpuParticipant(input: $input) { id } }`, { input: bpuInput() });
  tokens.selfRegistered = await participantToken(hub, await withAccount(hub, SARI));

  const submitted = await hub.gql(SUBMIT, { input: await kptInput(hub, budiToken, BUDI) }, { token: budiToken });
  const submission = submitted.data!.submitTaspenSubmission;

  const claimed = await hub.gql(
    `mutation($input: JhtClaimInput!) { submitJhtClaim(input: $input) { id trackingCode } }`,
    { input: await jhtClaimInput(hub, dewiToken, dewi) },
    { token: dewiToken },
  );
  const claim = claimed.data!.submitJhtClaim;

  const day = new Date(Date.now() + 3 * 86_400_000);
  while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
  const booked = await hub.gql(
    `mutation($input: QueueBookingInput!) { bookQueueTicket(input: $input) { id } }`,
    {
      input: {
        branchId: 'lhokseumawe',
        service: 'INFORMATION',
        slotStartsAt: new Date(`${day.toISOString().slice(0, 10)}T09:00:00+07:00`).toISOString(),
        idempotencyKey: randomUUID(),
      },
    },
    { token: dewiToken },
  );

  const granted = await hub.gql(
    GRANT,
    { input: { partnerId: consented.id, scopes: ['PROFILE_READ'], purpose: 'Loan check' } },
    { token: await steppedUpToken(hub, budi) },
  );

  const employerName = 'CV Rahasia Sentosa';
  const employer = await hub.gql(`mutation($input: EmployerRegistrationInput!) { registerEmployer(input: $input) { id } }`, {
    input: employerInput({ name: employerName, email: 'hr@rahasia.example.id' }),
  });

  const overview = await hub.gql(`{ me { person { taspen { card { downloadUrl } } } } }`, {}, { token: budiToken });
  const cardUrl = new URL(overview.data!.me.person.taspen.card.downloadUrl);

  f = {
    tokens,
    submissionId: submission.id,
    submissionTracking: submission.trackingCode,
    claimId: claim.id,
    claimTracking: claim.trackingCode,
    ticketId: booked.data!.bookQueueTicket.id,
    consentId: granted.data!.grantConsent.id,
    uploadId: await uploadId(hub.baseUrl, budiToken, PDF_BYTES),
    employerId: employer.data?.registerEmployer?.id ?? randomUUID(),
    employerName,
    cardPath: cardUrl.pathname,
  };
});

/** What the victim's objects would reveal if anything leaked. */
const secrets = () => [
  BUDI.fullName,
  BUDI.nip,
  SITI.fullName,
  SITI.nip,
  DEWI0.kpj,
  '09012345678',
  f.submissionTracking,
  f.claimTracking,
  f.employerName,
  'KPT-198503122010011001',
];

interface Attack {
  who: string;
  operation: string;
  query: string;
  variables: () => Record<string, unknown>;
  token: () => string | undefined;
  headers?: Record<string, string>;
}

type Caller = [who: string, token: () => string | undefined];
const ATTACKS: Attack[] = [];
const add = (operation: string, query: string, variables: () => Record<string, unknown>, attackers: Caller[], headers?: Record<string, string>) => {
  for (const [who, token] of attackers) ATTACKS.push({ who, operation, query, variables, token, headers });
};
/** `who`, calling with the fixture's token `name`. */
const as = (who: string, name: string): Caller => [who, () => f.tokens[name]];
const NOBODY: Caller = ['nobody', () => undefined];
const A_PARTNER = as('a partner', 'partnerWithoutConsent');
/** Everyone but Budi who could try a read of his: Siti, a partner he gave no consent, Siti's kiosk session. */
const NOT_BUDI = [
  as('another participant', 'siti'),
  as('a partner without consent', 'partnerWithoutConsent'),
  as('a kiosk session of another person', 'kioskOfSiti'),
];
/** Callers without a staff role: a participant, a partner, a kiosk session. */
const NOT_STAFF = [as('a participant', 'budi'), A_PARTNER, as('a kiosk session', 'kioskOfSiti')];
const OTHER_AGENCY_TASPEN = as('an officer of the other agency', 'taspenOfficer');
const OTHER_AGENCY_BPJSTK = as('an officer of the other agency', 'bpjsTkOfficer');
const AUDITOR = as('an auditor', 'auditor');
/** Siti's reach into Budi's things: Siti, a partner, her kiosk session. */
const SITI_SIDE = [as('another participant', 'siti'), A_PARTNER, as('a kiosk session of another person', 'kioskOfSiti')];

const PERSON = `query($nik: String!) { person(nik: $nik) { nik fullName birthDate taspen { nip card { number } submissions(first: 5) { nodes { trackingCode } } } bpjsTk { kpj claims(first: 5) { nodes { trackingCode } } } } }`;
add('person(nik) of Budi', PERSON, () => ({ nik: BUDI.nik }), [...NOT_BUDI, NOBODY]);
add('PartnerPersonView of Siti', PARTNER_VIEW, () => ({ nik: SITI.nik }), [as('a partner without consent', 'partnerWithoutConsent')]);
const SUBMISSION = `query($id: ID!) { taspenSubmission(id: $id) { id trackingCode applicant { fullName } documents { documentId } } }`;
add('taspenSubmission(id)', SUBMISSION, () => ({ id: f.submissionId }), [...NOT_BUDI, OTHER_AGENCY_BPJSTK, NOBODY], PURPOSE);
const REVIEW_SUBMISSION = `mutation($id: ID!) { reviewTaspenSubmission(id: $id, decision: APPROVE, note: "x") { id status } }`;
const SUBMISSION_OUTSIDERS = [as('the submitter', 'budi'), as('another participant', 'siti'), A_PARTNER, as('a kiosk session', 'kioskOfSiti')];
add('reviewTaspenSubmission', REVIEW_SUBMISSION, () => ({ id: f.submissionId }), [...SUBMISSION_OUTSIDERS, OTHER_AGENCY_BPJSTK, AUDITOR, NOBODY], PURPOSE);
const CLAIMS = `query { jhtClaims(first: 50) { totalCount nodes { id trackingCode } } }`;
add('jhtClaims', CLAIMS, () => ({}), [...NOT_STAFF, OTHER_AGENCY_TASPEN, NOBODY], PURPOSE);
const TASPEN_QUEUE = `query { taspenSubmissions(first: 50) { totalCount nodes { id participant { nip } } } }`;
add('taspenSubmissions', TASPEN_QUEUE, () => ({}), [as('a participant', 'siti'), A_PARTNER, OTHER_AGENCY_BPJSTK, NOBODY], PURPOSE);
const REVIEW_CLAIM = `mutation($id: ID!) { reviewJhtClaim(id: $id, decision: APPROVE, note: "x") { id status } }`;
const CLAIM_OUTSIDERS = [as('the claimant', 'dewi'), as('another participant', 'budi'), A_PARTNER, as('a kiosk session', 'kioskOfAndi')];
add('reviewJhtClaim', REVIEW_CLAIM, () => ({ id: f.claimId }), [...CLAIM_OUTSIDERS, OTHER_AGENCY_TASPEN, NOBODY], PURPOSE);
const EMPLOYER = `query($id: ID!) { employer(id: $id) { id name workers { nik kpj } } }`;
add('employer(id)', EMPLOYER, () => ({ id: f.employerId }), [...NOT_STAFF, OTHER_AGENCY_TASPEN, NOBODY], PURPOSE);
const CANCEL = `mutation($id: ID!) { cancelQueueTicket(id: $id) { id status } }`;
add('cancelQueueTicket(id)', CANCEL, () => ({ id: f.ticketId }), [
  as('another participant', 'budi'),
  A_PARTNER,
  as('a kiosk session of another person', 'kioskOfSiti'),
  NOBODY,
]);
const REVOKE_CONSENT = REVOKE;
add('revokeConsent(id)', REVOKE_CONSENT, () => ({ id: f.consentId }), [...SITI_SIDE, as('an officer', 'taspenOfficer'), NOBODY]);
const RESOLVE_RESET = `mutation($ticketId: ID!) { resolveAccountReset(ticketId: $ticketId, approve: true, note: "x") { ticketId status } }`;
add('resolveAccountReset(ticketId)', RESOLVE_RESET, () => ({ ticketId: randomUUID() }), [...NOT_STAFF, NOBODY]);
const MANUAL_OTPS = `mutation($input: ManualOtpBatchInput!) { issueManualOtps(input: $input) { batchId items { code } } }`;
add('issueManualOtps', MANUAL_OTPS, () => ({ input: { registrationIds: [randomUUID()], reason: 'no signal' } }), [...NOT_STAFF, AUDITOR, NOBODY]);
const PENDING = `query { pendingPhoneVerifications(first: 50) { registrationId fullName destination } }`;
add('pendingPhoneVerifications', PENDING, () => ({}), [...NOT_STAFF, NOBODY]);
const REGISTER_PARTNER = `mutation { registerPartner(input: { name: "Evil", scopes: [PROFILE_READ] }) { clientId clientSecret } }`;
add('registerPartner', REGISTER_PARTNER, () => ({}), [as('a participant', 'budi'), A_PARTNER, as('an officer', 'taspenOfficer'), NOBODY]);
const REGISTER_KIOSK = `mutation { registerKiosk(input: { name: "Evil", location: "x" }) { deviceToken } }`;
add('registerKiosk', REGISTER_KIOSK, () => ({}), [...NOT_STAFF, NOBODY]);
// The callers added in issue 11, against the id- and NIK-taking operations above.
const KIOSK_DEVICE = as('a kiosk device token', 'kioskDevice');
const SELF_REGISTERED = as('a self-registered account', 'selfRegistered');
const NEW_CALLERS = [KIOSK_DEVICE, AUDITOR, SELF_REGISTERED];
add('person(nik) of Budi', PERSON, () => ({ nik: BUDI.nik }), NEW_CALLERS, PURPOSE);
add('PartnerPersonView of Siti', PARTNER_VIEW, () => ({ nik: SITI.nik }), NEW_CALLERS, PURPOSE);
add('taspenSubmission(id)', SUBMISSION, () => ({ id: f.submissionId }), NEW_CALLERS, PURPOSE);
add('reviewTaspenSubmission', REVIEW_SUBMISSION, () => ({ id: f.submissionId }), [KIOSK_DEVICE, SELF_REGISTERED], PURPOSE);
add('jhtClaims', CLAIMS, () => ({}), NEW_CALLERS, PURPOSE);
add('reviewJhtClaim', REVIEW_CLAIM, () => ({ id: f.claimId }), NEW_CALLERS, PURPOSE);
add('employer(id)', EMPLOYER, () => ({ id: f.employerId }), NEW_CALLERS, PURPOSE);
add('cancelQueueTicket(id)', CANCEL, () => ({ id: f.ticketId }), NEW_CALLERS);
add('revokeConsent(id)', REVOKE_CONSENT, () => ({ id: f.consentId }), NEW_CALLERS);
add('resolveAccountReset(ticketId)', RESOLVE_RESET, () => ({ ticketId: randomUUID() }), NEW_CALLERS);
add('issueManualOtps', MANUAL_OTPS, () => ({ input: { registrationIds: [randomUUID()], reason: 'no signal' } }), [KIOSK_DEVICE, SELF_REGISTERED]);
const VERIFICATIONS = `query { participantVerifications { id nik fullName } }`;
add('participantVerifications', VERIFICATIONS, () => ({}), [...NEW_CALLERS, as('a participant', 'budi'), A_PARTNER, OTHER_AGENCY_TASPEN, NOBODY], PURPOSE);

const DASHBOARD = `query { hubDashboard { taspenSubmissionsByStatus { status count } } }`;
add('hubDashboard', DASHBOARD, () => ({}), [...NOT_STAFF, NOBODY]);

// Next contract: revisions by anyone but the submitter, administration by anyone but a hub admin.
const REVISE_SUBMISSION = `mutation($id: ID!) { reviseTaspenSubmission(id: $id, input: { documents: [] }) { id status documents { documentId } } }`;
add('reviseTaspenSubmission(id)', REVISE_SUBMISSION, () => ({ id: f.submissionId }), [...SITI_SIDE, as('a Taspen officer', 'taspenOfficer'), NOBODY]);
const REVISE_CLAIM = `mutation($id: ID!) { reviseJhtClaim(id: $id, input: { documents: [] }) { id status history { status } } }`;
const NOT_DEWI = [as('another participant', 'budi'), A_PARTNER, as('a kiosk session', 'kioskOfAndi'), as('a BPJS TK officer', 'bpjsTkOfficer')];
add('reviseJhtClaim(id)', REVISE_CLAIM, () => ({ id: f.claimId }), [...NOT_DEWI, NOBODY]);
const ADMIN_OPERATIONS = [
  `query { kiosks(first: 5) { nodes { id name } } }`,
  `query { partnerAccounts(first: 5) { nodes { id clientId } } }`,
  `mutation($id: ID!) { revokeKiosk(id: $id, reason: "x") { id status } }`,
  `mutation($id: ID!) { disablePartner(id: $id, reason: "x") { id status } }`,
  `mutation($id: ID!) { rotatePartnerSecret(id: $id) { clientSecret } }`,
];
for (const query of ADMIN_OPERATIONS) {
  add(query.split('{')[1].trim().split('(')[0], query, () => ({ id: randomUUID() }), [...NOT_STAFF, as('an officer', 'taspenOfficer'), AUDITOR, NOBODY]);
}

test.each(ATTACKS.map((a) => [a.operation, a.who, a] as const))('%s called by %s is refused without leaking data', async (_op, _who, attack) => {
  const result = await hub.gql(attack.query, attack.variables(), { token: attack.token(), headers: attack.headers });
  const codes = (result.errors ?? []).map((e) => e.extensions?.code);
  expect(codes.length).toBeGreaterThan(0);
  for (const code of codes) expect(DENIED).toContain(code);
  const text = JSON.stringify(result);
  for (const secret of secrets()) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/stacktrace|\.ts:\d+|node_modules|select |insert into/i);
});

test('the refused mutations changed nothing', async () => {
  const q = async (sql: string, params: unknown[]) => (await hub.pool.query(sql, params)).rows[0];
  expect((await q(`select status from taspen.submission where id = $1`, [f.submissionId])).status).toBe('SUBMITTED');
  expect((await q(`select status from bpjstk.jht_claim where id = $1`, [f.claimId])).status).toBe('SUBMITTED');
  expect((await q(`select status from bpjstk.queue_ticket where id = $1`, [f.ticketId])).status).toBe('BOOKED');
  const consents = await hub.gql(`query { myConsents { id status } }`, {}, { token: f.tokens.budi });
  expect(consents.data!.myConsents.find((c: { id: string }) => c.id === f.consentId).status).toBe('ACTIVE');
  const partners = await hub.gql(`query { partners { name } }`, {}, { token: await adminToken(hub) });
  expect(partners.data!.partners.map((p: { name: string }) => p.name)).not.toContain('Evil');
});

test('an uploaded document is served to nobody but its uploader', async () => {
  for (const token of [f.tokens.siti, f.tokens.partnerWithoutConsent, f.tokens.kioskOfSiti, f.tokens.bpjsTkOfficer, undefined]) {
    const response = await fetch(`${hub.baseUrl}/uploads/${f.uploadId}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect([401, 403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('%PDF');
  }
  const own = await fetch(`${hub.baseUrl}/uploads/${f.uploadId}`, { headers: { authorization: `Bearer ${f.tokens.budi}` } });
  expect(own.status).toBe(200);
});

test('a card PDF is served to its holder only (without the signed link)', async () => {
  for (const token of [
    f.tokens.siti,
    f.tokens.partnerWithoutConsent,
    f.tokens.kioskOfSiti,
    f.tokens.bpjsTkOfficer,
    f.tokens.kioskDevice,
    f.tokens.auditor,
    f.tokens.selfRegistered,
    undefined,
  ]) {
    const response = await fetch(`${hub.baseUrl}${f.cardPath}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect([401, 403, 404]).toContain(response.status);
    expect(response.headers.get('content-type')).not.toContain('pdf');
  }
  const own = await fetch(`${hub.baseUrl}${f.cardPath}`, { headers: { authorization: `Bearer ${f.tokens.budi}` } });
  expect(own.status).toBe(200);
  expect(own.headers.get('content-type')).toContain('application/pdf');
  const tampered = await fetch(`${hub.baseUrl}/cards/taspen/KPT-197208151998032004.pdf?exp=9999999999&sig=${'0'.repeat(64)}`);
  expect([401, 403, 404]).toContain(tampered.status);
});

test('after the whole matrix, the server logs hold none of the NIKs, names, tokens or tracking codes in clear', async () => {
  expect(logs.lines.length).toBeGreaterThan(0);
  const tokens = Object.values(f.tokens);
  expect(logs.leaks([BUDI.nik, SITI.nik, DEWI0.nik, ANDI.nik, ...tokens, ...tokens.map((x) => x.split('.')[2])])).toEqual([]);
});
