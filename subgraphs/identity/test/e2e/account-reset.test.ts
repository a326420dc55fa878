// Account reset: a public ticket after the identity is proven against either agency; staff resolve
// it; approval frees the NIK for a new registration and ends the old account's sessions.
import { useTestHub } from '../../../../gateway/test/support/test-hub';
import { addWorkingDays, localToday } from '../../src/modules/account-reset/account-reset.rules';
import { BUDI_TASPEN, IDENTITY, LOGIN, ME, PASSWORD, SITI, freshIp, register, registerUntil, staffLogin, type Registered } from '../support/flows';

const hub = useTestHub();
let budi: Registered;

const REQUEST = `mutation RequestAccountReset($input: AccountResetInput!) { requestAccountReset(input: $input) { ticketId status expectedResolutionDate } }`;
const RESOLVE = `mutation ResolveAccountReset($ticketId: ID!, $approve: Boolean!, $note: String) { resolveAccountReset(ticketId: $ticketId, approve: $approve, note: $note) { ticketId status } }`;

const resetInput = (change: Record<string, string> = {}) => ({
  nik: BUDI_TASPEN.identity.nik,
  fullName: 'budi santoso',
  birthDate: '1985-03-12',
  newEmail: 'budi.baru@example.com',
  newPhone: '081299990000',
  reason: 'Lost access to my old e-mail and phone',
  ...change,
});

beforeAll(async () => {
  budi = await register(hub, BUDI_TASPEN, 'budi.lama@example.com');
});

test('a reset request whose identity matches no agency is IDENTITY_MISMATCH', async () => {
  const result = await hub.gql(REQUEST, { input: resetInput({ fullName: 'Budi Santosa' }) }, { headers: { 'x-forwarded-for': freshIp() } });
  expect(result.errors?.[0].extensions?.code).toBe('IDENTITY_MISMATCH');
});

test('a reset request is bad input when a field is malformed, naming it', async () => {
  const result = await hub.gql(REQUEST, { input: resetInput({ newPhone: '12' }) }, { headers: { 'x-forwarded-for': freshIp() } });
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.newPhone' });
});

test('a participant cannot resolve a ticket; a Taspen officer can reject one', async () => {
  const opened = await hub.gql(REQUEST, { input: resetInput() }, { headers: { 'x-forwarded-for': freshIp() } });
  const { ticketId } = opened.data!.requestAccountReset;
  const byParticipant = await hub.gql(RESOLVE, { ticketId, approve: true }, { token: budi.accessToken });
  expect(byParticipant.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const officer = await staffLogin(hub, 'officer.taspen@hub.local');
  const rejected = await hub.gql(RESOLVE, { ticketId, approve: false, note: 'Could not confirm by phone' }, { token: officer.accessToken });
  expect(rejected.data?.resolveAccountReset).toEqual({ ticketId, status: 'REJECTED' });
  // The account still works.
  expect((await hub.gql(ME, {}, { token: budi.accessToken })).data?.me.email).toBe('budi.lama@example.com');
});

test('an approved reset frees the NIK, ends the old sessions, and the person registers again', async () => {
  const opened = await hub.gql(REQUEST, { input: resetInput() }, { headers: { 'x-forwarded-for': freshIp() } });
  expect(opened.errors).toBeUndefined();
  const ticket = opened.data!.requestAccountReset;
  expect(ticket.status).toBe('OPEN');
  expect(ticket.expectedResolutionDate).toBe(addWorkingDays(localToday(7), 5, new Set()));

  // Before approval the NIK is still taken.
  const blocked = await registerUntil(hub, BUDI_TASPEN, 'budi.baru@example.com', 'PROVIDE_IDENTITY');
  const refused = await hub.gql(
    IDENTITY,
    { registrationId: blocked.registrationId, identity: BUDI_TASPEN.identity },
    { headers: { 'x-forwarded-for': blocked.ip } },
  );
  expect(refused.errors?.[0].extensions?.code).toBe('NIK_ALREADY_REGISTERED');

  // Issue 11 (finding 4): only an officer of an agency holding the person's record decides (an admin used to).
  const admin = await staffLogin(hub, 'admin@hub.local');
  const byAdmin = await hub.gql(RESOLVE, { ticketId: ticket.ticketId, approve: true }, { token: admin.accessToken });
  expect(byAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const officer = await staffLogin(hub, 'officer.taspen@hub.local');
  const approved = await hub.gql(
    RESOLVE,
    { ticketId: ticket.ticketId, approve: true, note: 'Identity confirmed at the branch' },
    { token: officer.accessToken },
  );
  expect(approved.data?.resolveAccountReset).toEqual({ ticketId: ticket.ticketId, status: 'APPROVED' });

  expect((await hub.gql(ME, {}, { token: budi.accessToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const oldLogin = await hub.gql(LOGIN, { email: 'budi.lama@example.com', password: PASSWORD }, { headers: { 'x-forwarded-for': freshIp() } });
  expect(oldLogin.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

  const again = await hub.gql(
    IDENTITY,
    { registrationId: blocked.registrationId, identity: BUDI_TASPEN.identity },
    { headers: { 'x-forwarded-for': blocked.ip } },
  );
  expect(again.errors).toBeUndefined();
  // Only the ticket's new e-mail and phone are accepted (issue 11, finding 4).
  const fresh = await register(hub, { ...BUDI_TASPEN, phone: '081299990000' }, 'budi.baru@example.com');
  const me = await hub.gql(ME, {}, { token: fresh.accessToken });
  expect(me.data?.me.person.nik).toBe(BUDI_TASPEN.identity.nik);

  const twice = await hub.gql(RESOLVE, { ticketId: ticket.ticketId, approve: true }, { token: officer.accessToken });
  expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
});

test('a match at either agency is enough: Siti is only known to Taspen', async () => {
  const result = await hub.gql(
    REQUEST,
    {
      input: resetInput({ nik: SITI.identity.nik, fullName: SITI.identity.fullName, birthDate: SITI.identity.birthDate }),
    },
    { headers: { 'x-forwarded-for': freshIp() } },
  );
  expect(result.data?.requestAccountReset.status).toBe('OPEN');
});

test('an unknown ticket is NOT_FOUND', async () => {
  const admin = await staffLogin(hub, 'admin@hub.local');
  const result = await hub.gql(RESOLVE, { ticketId: '00000000-0000-4000-8000-000000000000', approve: true }, { token: admin.accessToken });
  expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
});
