// Finding 4 of issue 11: an account reset cannot be used to take over. The holder is told at once on the
// account's e-mail and phone and stops it by signing in; only officers of an agency holding the person's
// record decide; the person then registers again only with the ticket's new e-mail and phone.
import { useTestHub } from '../support/test-hub';
import { codes } from '../support/consumers';
import { participantToken } from '../support/tokens';
import {
  COMPLETE,
  IDENTITY,
  PASSWORD,
  PHONE,
  SITI,
  strangerResetInput,
  VERIFY,
  expectData,
  freshIp,
  latestCode,
  login,
  outbox,
  register,
  registerUntil,
  staffLogin,
} from '../../../subgraphs/identity/test/support/flows';

const hub = useTestHub();

const REQUEST = `mutation($input: AccountResetInput!) { requestAccountReset(input: $input) { ticketId status } }`;
const RESOLVE = `mutation($id: ID!, $approve: Boolean!) { resolveAccountReset(ticketId: $id, approve: $approve, note: "checked") { status } }`;

test('the holder is told on the account’s e-mail and phone, and signing in cancels the reset', async () => {
  await register(hub, SITI, 'siti.asli@example.id');
  const ticket = expectData(await hub.gql(REQUEST, { input: strangerResetInput() }, { headers: { 'x-forwarded-for': freshIp() } }), 'requestAccountReset');
  const [mail] = await outbox(hub, 'siti.asli@example.id');
  expect(mail.body).toMatch(/reset/i);
  expect(mail.body).toMatch(/masuk ke akun Anda untuk membatalkannya/);
  const texts = await outbox(hub, '+6281234567801');
  expect(texts[0].body).toMatch(/reset/i);

  await login(hub, 'siti.asli@example.id', PASSWORD);
  const officer = await staffLogin(hub, 'officer.taspen@hub.local');
  const late = await hub.gql(RESOLVE, { id: ticket.ticketId, approve: true }, { token: officer.accessToken });
  expect(codes(late)).toEqual(['CONFLICT']);
  const { rows } = await hub.pool.query(`select status from identity.account_reset_ticket where id = $1`, [ticket.ticketId]);
  expect(rows[0].status).toBe('CANCELLED');
  expect((await login(hub, 'siti.asli@example.id', PASSWORD)).accessToken).toBeTruthy();
});

test('an officer of an agency without a record of the person cannot decide; the re-registration takes only the ticket’s contacts', async () => {
  const ticket = expectData(await hub.gql(REQUEST, { input: strangerResetInput() }, { headers: { 'x-forwarded-for': freshIp() } }), 'requestAccountReset');
  // The officer sees the request beside the person's records (with a purpose; the reads are logged).
  const LIST = `query { accountResetRequests { ticketId fullName newEmail person { nik fullName taspen { nip } } } }`;
  const taspenOfficer = await staffLogin(hub, 'officer.taspen@hub.local');
  expect(codes(await hub.gql(LIST, {}, { token: taspenOfficer.accessToken }))).toContain('FORBIDDEN');
  const listed = await hub.gql(LIST, {}, { token: taspenOfficer.accessToken, headers: { 'x-access-purpose': 'Account reset review' } });
  expect(listed.data!.accountResetRequests.find((r: any) => r.ticketId === ticket.ticketId)).toMatchObject({
    fullName: SITI.identity.fullName,
    newEmail: expect.stringContaining('***'),
    person: { nik: SITI.identity.nik, taspen: { nip: SITI.identity.nip } },
  });
  // (Signing in would cancel the reset: a minted participant token stands for a caller who is not staff.)
  const participant = await participantToken(hub, { accountId: 'acc-x', nik: SITI.identity.nik });
  expect(codes(await hub.gql(LIST, {}, { token: participant, headers: { 'x-access-purpose': 'x' } }))).toContain('FORBIDDEN');
  const bpjsTk = await staffLogin(hub, 'officer.bpjstk@hub.local');
  expect(codes(await hub.gql(RESOLVE, { id: ticket.ticketId, approve: true }, { token: bpjsTk.accessToken }))).toEqual(['FORBIDDEN']);
  const taspen = await staffLogin(hub, 'officer.taspen@hub.local');
  expect((await hub.gql(RESOLVE, { id: ticket.ticketId, approve: true }, { token: taspen.accessToken })).data!.resolveAccountReset.status).toBe('APPROVED');

  // Someone else's e-mail: refused at the identity step.
  const ip = freshIp();
  const headers = { 'x-forwarded-for': ip };
  const other = await registerUntil(hub, SITI, 'other@evil.example', 'PROVIDE_IDENTITY', ip);
  const refused = await hub.gql(IDENTITY, { registrationId: other.registrationId, identity: SITI.identity }, { headers });
  expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });

  // The ticket's e-mail, but another phone: refused at the phone step; the ticket's phone goes through.
  const own = await registerUntil(hub, SITI, 'attacker@evil.example', 'SET_PHONE', ip);
  const wrongPhone = await hub.gql(PHONE, { registrationId: own.registrationId, phone: '081200001111' }, { headers });
  expect(wrongPhone.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
  expectData(await hub.gql(PHONE, { registrationId: own.registrationId, phone: '081277776666' }, { headers }), 'setRegistrationPhone');
  await hub.gql(VERIFY, { registrationId: own.registrationId, code: await latestCode(hub, '+6281277776666') }, { headers });
  expectData(await hub.gql(COMPLETE, { registrationId: own.registrationId, password: PASSWORD }, { headers }), 'completeRegistration');
});
