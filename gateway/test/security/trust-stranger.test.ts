// Findings 12 on: what a stranger who knows only a NIK, the birth date inside it and a name could still do
// through the public and kiosk paths after issue 11: read the phone behind a kiosk code by asking for it again,
// fill the person's phone with reset notices or KPJ texts by asking from many addresses, and guess the NIP
// whose birth date and gender the NIK already gives, five tries a registration, across many registrations, or
// with taspenParticipantCheck from their own account; and make a BPJS TK record of a Taspen-only person that
// recoverKpj then answers with the phone of the person's account.
import { useTestHub } from '../support/test-hub';
import { BUDI_TK, withAccount } from '../support/bpjstk';
import { bpuInput } from '../support/registrations';
import { adminToken, codes } from '../support/consumers';
import { SITI as SITI_TASPEN, participantToken } from '../support/tokens';
import { hashed } from '#platform/kv/rate-limit';
import { otpChallengeKey } from '../../../subgraphs/identity/src/modules/otp/otp.service';
import {
  BUDI_TASPEN,
  IDENTITY,
  PASSWORD,
  SITI,
  strangerResetInput,
  expectData,
  freshIp,
  login,
  outbox,
  register,
  registerUntil,
} from '../../../subgraphs/identity/test/support/flows';

const hub = useTestHub();

const START_KIOSK = `mutation($nik: String!) { startKioskSession(nik: $nik) { id channel destination } }`;
const RESEND = `mutation($id: ID!) { resendOtp(challengeId: $id) { id channel destination } }`;
const RESET = `mutation($input: AccountResetInput!) { requestAccountReset(input: $input) { ticketId status } }`;
const RECOVER = `mutation($input: KpjRecoveryInput!) { recoverKpj(input: $input) { delivered channel destination } }`;

/** The challenge may be resent now (as 60 seconds later). */
async function resendableNow(challengeId: string): Promise<void> {
  const key = otpChallengeKey(challengeId);
  const record = JSON.parse((await hub.platform.kv.get(key))!);
  await hub.platform.kv.set(key, JSON.stringify({ ...record, resendAvailableAt: Date.now() - 1 }), 300);
}

describe('finding 12: a kiosk code asked for again shows nothing of the account', () => {
  const PHONE = '+6281234560042';
  let device: string;

  beforeAll(async () => {
    const registered = await hub.gql(
      `mutation($input: KioskRegistrationInput!) { registerKiosk(input: $input) { deviceToken } }`,
      { input: { name: 'MPP Uji Ulang', location: 'Medan' } },
      { token: await adminToken(hub) },
    );
    device = registered.data!.registerKiosk.deviceToken;
    await withAccount(hub, BUDI_TK);
    await hub.pool.query(`update identity.account set phone = $2 where nik = $1 and disabled_at is null`, [BUDI_TK.nik, PHONE]);
  });

  test('the kiosk that started it gets the same answer for a NIK with an account as for an unknown one, never the phone', async () => {
    const known = expectData(await hub.gql(START_KIOSK, { nik: BUDI_TK.nik }, { token: device }), 'startKioskSession');
    const unknown = expectData(await hub.gql(START_KIOSK, { nik: '3273016007950004' }, { token: device }), 'startKioskSession');
    await resendableNow(known.id);
    await resendableNow(unknown.id);
    const again = await hub.gql(RESEND, { id: known.id }, { token: device });
    const againUnknown = await hub.gql(RESEND, { id: unknown.id }, { token: device });
    expect(again.errors).toBeUndefined();
    expect(againUnknown.errors).toBeUndefined();
    expect(JSON.stringify(again)).not.toMatch(/\+62|0042|\*\*\*\*/);
    const shape = (r: any) => ({ ...r.data.resendOtp, id: typeof r.data.resendOtp.id });
    expect(shape(again)).toEqual(shape(againUnknown));
    expect(again.data!.resendOtp.destination).toBe(known.destination);
  });

  test('nobody but the kiosk that started it may ask for the code again', async () => {
    const started = expectData(await hub.gql(START_KIOSK, { nik: BUDI_TK.nik }, { token: device }), 'startKioskSession');
    await resendableNow(started.id);
    const before = (await outbox(hub, PHONE)).length;
    const anonymous = await hub.gql(RESEND, { id: started.id }, { headers: { 'x-forwarded-for': freshIp() } });
    expect(codes(anonymous)).toEqual(['OTP_EXPIRED']);
    expect(JSON.stringify(anonymous)).not.toMatch(/0042/);
    expect((await outbox(hub, PHONE)).length).toBe(before);
  });
});

describe('finding 13: reset requests from many addresses do not fill the holder’s phone', () => {
  const PHONE = '+6281234567801'; // SITI's account phone (flows.ts)
  const request = () => hub.gql(RESET, { input: strangerResetInput(SITI) }, { headers: { 'x-forwarded-for': freshIp() } });
  const notices = async () => (await outbox(hub, PHONE)).filter((m) => /reset/i.test(m.body)).length;

  test('while a reset of the NIK is open, further requests are answered alike but tell the holder nothing new; after they sign in, the next one is told again', async () => {
    await register(hub, SITI, 'siti.stranger@example.id');
    const first = expectData(await request(), 'requestAccountReset');
    expect(first.status).toBe('OPEN');
    expect(await notices()).toBe(1);
    for (let i = 0; i < 4; i++) expect(expectData(await request(), 'requestAccountReset').status).toBe('OPEN');
    expect(await notices()).toBe(1);

    await login(hub, 'siti.stranger@example.id', PASSWORD);
    const { rows } = await hub.pool.query(`select count(*)::int as n from identity.account_reset_ticket where nik = $1 and status = 'OPEN'`, [
      SITI.identity.nik,
    ]);
    expect(rows[0].n).toBe(0);
    expectData(await request(), 'requestAccountReset');
    expect(await notices()).toBe(2);
  });
});

describe('finding 14: KPJ recoveries from many addresses do not fill the person’s phone', () => {
  const PHONE = '+6281234560014';

  test('whoever asks, the KPJ is texted a few times an hour at most; later matches get the same answer without another text', async () => {
    const andi = { nik: '1271022107900003', fullName: 'Andi Wijaya', birthDate: '1990-07-21' };
    await withAccount(hub, andi);
    await hub.pool.query(`update identity.account set phone = $2 where nik = $1 and disabled_at is null`, [andi.nik, PHONE]);
    const answers = [];
    for (let i = 0; i < 8; i++) answers.push(await hub.gql(RECOVER, { input: andi }, { headers: { 'x-forwarded-for': freshIp() } }));
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.recoverKpj).toEqual({ delivered: true, channel: 'SMS', destination: '+62812****0014' });
    }
    const texts = (await outbox(hub, PHONE)).filter((m) => /KPJ/.test(m.body));
    expect(texts.length).toBe(3);
    // The counters name the NIK by its hash: the key-value store holds no identifier in clear.
    expect(await hub.platform.kv.get(`bpjstk:recover-kpj:sent:${andi.nik}`)).toBeNull();
    expect(await hub.platform.kv.get(`bpjstk:recover-kpj:sent:${hashed(andi.nik)}`)).toBe('8');
  });
});

describe('finding 15: the NIP (or KPJ) of a NIK cannot be guessed across registrations', () => {
  test('after 20 wrong identities for one NIK in a day, whatever the registrations and addresses, its identity step waits, even with the right NIP', async () => {
    // The NIK gives the NIP's birth date and gender; only the appointment month and a serial are left to guess.
    const guesses = Array.from({ length: 20 }, (_, i) => `19850312${2000 + i}021001`);
    for (let r = 0; r < 4; r++) {
      const { registrationId, ip } = await registerUntil(hub, BUDI_TASPEN, `guess-${r}@attacker.example`, 'PROVIDE_IDENTITY');
      for (const nip of guesses.slice(r * 5, r * 5 + 5)) {
        const answer = await hub.gql(IDENTITY, { registrationId, identity: { ...BUDI_TASPEN.identity, nip } }, { headers: { 'x-forwarded-for': ip } });
        expect(codes(answer)).toEqual(['IDENTITY_MISMATCH']);
      }
    }
    const { registrationId, ip } = await registerUntil(hub, BUDI_TASPEN, 'guess-right@attacker.example', 'PROVIDE_IDENTITY');
    const right = await hub.gql(IDENTITY, { registrationId, identity: BUDI_TASPEN.identity }, { headers: { 'x-forwarded-for': ip } });
    expect(codes(right)).toEqual(['RATE_LIMITED']);
  });
});

describe('finding 16: taspenParticipantCheck does not walk a NIK’s NIPs for another participant', () => {
  const CHECK = `query($i: String!) { taspenParticipantCheck(identifier: $i) { found } }`;

  test('a participant checking others gets 50 answers a day, however the 10-minute windows fall', async () => {
    const accountId = `acc-walker-${Date.now()}`;
    const token = await participantToken(hub, { accountId, nik: '3578034311940004' });
    // Budi's NIK gives 1985-03-12 and male: his NIP is 19850312 + an appointment month + 1 + a serial.
    const nips = Array.from({ length: 51 }, (_, i) => `19850312${2000 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, '0')}1001`);
    const answers: string[] = [];
    for (const [i, nip] of nips.entries()) {
      if (i % 25 === 0) await hub.platform.kv.delete(`taspen:check:acc:${accountId}`); // a new 10-minute window
      const result = await hub.gql(CHECK, { i: nip }, { token });
      answers.push(codes(result)[0] ?? (result.data!.taspenParticipantCheck.found ? 'FOUND' : 'NONE'));
    }
    expect(answers.slice(0, 50)).not.toContain('RATE_LIMITED');
    expect(answers[50]).toBe('RATE_LIMITED');
  });
});

describe('finding 17: recoverKpj never reaches the person through a record a stranger registered', () => {
  test('for a BPU registration of a Taspen-only NIK, the KPJ goes to the registration’s own phone, not to the person’s account, whose phone is not shown', async () => {
    await withAccount(hub, SITI_TASPEN);
    const { rows } = await hub.pool.query(
      `update identity.account set phone = coalesce(phone, '+6281234560017') where nik = $1 and disabled_at is null returning phone`,
      [SITI_TASPEN.nik],
    );
    const phone: string = rows[0].phone;
    const identity = { nik: SITI_TASPEN.nik, fullName: SITI_TASPEN.fullName, birthDate: SITI_TASPEN.birthDate };
    const headers = { 'x-forwarded-for': freshIp() };
    const registered = await hub.gql(
      `mutation($input: BpuRegistrationInput!) { registerBpuParticipant(input: $input) { id } }`,
      { input: bpuInput({ ...identity, email: 'evil@attacker.example', phone: '081299998888' }) },
      { headers },
    );
    expect(registered.errors).toBeUndefined();
    const before = (await outbox(hub, phone)).length;
    const answer = await hub.gql(RECOVER, { input: identity }, { headers });
    expect(answer.data!.recoverKpj).toEqual({ delivered: true, channel: 'SMS', destination: '+62812****8888' });
    expect((await outbox(hub, phone)).length).toBe(before);
  });
});
