// The takeover chain of a stranger who knows only public data (a NIK, the birth date inside it, a name):
// findings 1, 2, 3 and 9 of issue 11. Registrations that name someone already known reveal and change
// nothing of them; a self-registered record proves nothing until an officer verifies it; no answer
// tells whether a NIK or an e-mail has an account.
import { randomUUID } from 'node:crypto';
import { useTestHub } from '../support/test-hub';
import { ANDI, BUDI_TK, STAFF_PURPOSE, staffToken, withAccount } from '../support/bpjstk';
import { TONO, bpuInput, employerInput as joko, pay } from '../support/registrations';
import { adminToken, codes } from '../support/consumers';
import { SITI, participantToken } from '../support/tokens';
import { IDENTITY, START, VERIFY, expectData, freshIp, latestCode, outbox, register, RUDI_BPJSTK } from '../../../subgraphs/identity/test/support/flows';

const hub = useTestHub();
let officer: string;

beforeAll(async () => {
  officer = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
});

const REGISTER_EMPLOYER = `mutation RegisterEmployer($input: EmployerRegistrationInput!) {
  registerEmployer(input: $input) { id status paymentCode { code amount } workers { nik kpj status } }
}`;
const REGISTER_BPU = `mutation($input: BpuRegistrationInput!) { registerBpuParticipant(input: $input) { id status kpj paymentCode { code amount } } }`;
const QUEUE = `query { participantVerifications(first: 200) { id kind source nik fullName employerName paid status record { kpj status } } }`;
const DECIDE = `mutation($id: ID!, $decision: VerificationDecision!) { decideParticipantVerification(id: $id, decision: $decision, note: "checked with the KTP") { id status } }`;

const NEW_WORKER = { ...TONO, monthlyWage: 5_000_000 };

const employerInput = (workers: unknown[]) =>
  joko({ name: 'CV Penyerang', address: 'Jl. Gelap 1', email: 'boss@attacker.example', phone: '+6281299990000', jkkRiskClass: 1, workers });

const participantRow = async (nik: string) =>
  (await hub.pool.query(`select kpj, status, employer, full_name, membership, origin from bpjstk.participant where nik = $1`, [nik])).rows[0];

describe('finding 1: an employer registration reveals nothing of the workers BPJS TK already knows', () => {
  test('an existing participant listed as a worker is answered exactly like a new one: no KPJ, no status of the record', async () => {
    const result = await hub.gql(
      REGISTER_EMPLOYER,
      {
        input: employerInput([{ nik: ANDI.nik, fullName: 'Andi Wijaya', birthDate: ANDI.birthDate, monthlyWage: 5_000_000 }, NEW_WORKER]),
      },
      { headers: { 'x-forwarded-for': freshIp() } },
    );
    expect(result.errors).toBeUndefined();
    const text = JSON.stringify(result);
    expect(text).not.toContain(ANDI.kpj);
    const [andi, tono] = result.data!.registerEmployer.workers;
    expect(andi).toEqual({ nik: ANDI.nik, kpj: null, status: 'PENDING_PAYMENT' });
    expect(tono).toEqual({ nik: NEW_WORKER.nik, kpj: null, status: 'PENDING_PAYMENT' });
  });

  test('a wrong name for a known NIK is answered the same way too (no "does not match this NIK’s record")', async () => {
    const result = await hub.gql(
      REGISTER_EMPLOYER,
      {
        input: employerInput([{ nik: ANDI.nik, fullName: 'Somebody Else', birthDate: ANDI.birthDate, monthlyWage: 5_000_000 }]),
      },
      { headers: { 'x-forwarded-for': freshIp() } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerEmployer.workers).toEqual([{ nik: ANDI.nik, kpj: null, status: 'PENDING_PAYMENT' }]);
  });
});

describe('finding 2: paying the registration changes nothing of an existing record until an officer confirms the link', () => {
  test('Budi stays INACTIVE under his own employer, and an officer’s confirmation is what links him', async () => {
    const before = await participantRow(BUDI_TK.nik);
    expect(before.status).toBe('INACTIVE');
    const registered = await hub.gql(
      REGISTER_EMPLOYER,
      {
        input: employerInput([{ nik: BUDI_TK.nik, fullName: 'BUDI SANTOSO', birthDate: BUDI_TK.birthDate, monthlyWage: 3_000_000 }]),
      },
      { headers: { 'x-forwarded-for': freshIp() } },
    );
    const employer = registered.data!.registerEmployer;
    expect((await pay(hub, employer.paymentCode.code, employer.paymentCode.amount)).body).toEqual({ status: 'applied' });
    expect(await participantRow(BUDI_TK.nik)).toEqual(before);

    const queue = await hub.gql(QUEUE, {}, { token: officer, headers: STAFF_PURPOSE });
    expect(queue.errors).toBeUndefined();
    const item = queue.data!.participantVerifications.find((i: any) => i.kind === 'LINK' && i.nik === BUDI_TK.nik);
    expect(item).toMatchObject({
      source: 'EMPLOYER',
      fullName: 'BUDI SANTOSO',
      employerName: 'CV Penyerang',
      paid: true,
      status: 'PENDING',
      record: { kpj: BUDI_TK.kpj, status: 'INACTIVE' },
    });
    // Nobody but a BPJS TK officer sees or decides the queue.
    for (const token of [
      await participantToken(hub, { accountId: randomUUID(), nik: BUDI_TK.nik }),
      await staffToken(hub, ['TASPEN_OFFICER'], 'TASPEN'),
      await staffToken(hub, ['AUDITOR']),
    ]) {
      expect(codes(await hub.gql(QUEUE, {}, { token, headers: STAFF_PURPOSE }))).toContain('FORBIDDEN');
      expect(codes(await hub.gql(DECIDE, { id: item.id, decision: 'VERIFY' }, { token }))).toContain('FORBIDDEN');
    }
    expect(await participantRow(BUDI_TK.nik)).toEqual(before);

    // The decided item names the registering employer (read with the locked link).
    const decided = await hub.gql(DECIDE.replace('{ id status }', '{ id status employerName }'), { id: item.id, decision: 'REJECT' }, { token: officer });
    expect(decided.data!.decideParticipantVerification).toEqual({ id: item.id, status: 'REJECTED', employerName: 'CV Penyerang' });
    expect(await participantRow(BUDI_TK.nik)).toEqual(before);
    const audit = await hub.pool.query(`select action, actor_kind from platform.access_log where subject_nik = $1 and action like 'BPJSTK_PARTICIPANT_%'`, [
      BUDI_TK.nik,
    ]);
    expect(audit.rows).toEqual([{ action: 'BPJSTK_PARTICIPANT_REJECTED', actor_kind: 'STAFF' }]);
  });

  test('a confirmed link applies the paid registration to the record', async () => {
    const wati = { nik: '1276014906880006', fullName: 'Wati Susilawati', birthDate: '1988-06-09' };
    const registered = await hub.gql(
      REGISTER_EMPLOYER,
      { input: employerInput([{ ...wati, monthlyWage: 4_000_000 }]) },
      { headers: { 'x-forwarded-for': freshIp() } },
    );
    const employer = registered.data!.registerEmployer;
    await pay(hub, employer.paymentCode.code, employer.paymentCode.amount);
    const queue = await hub.gql(QUEUE, {}, { token: officer, headers: STAFF_PURPOSE });
    const item = queue.data!.participantVerifications.find((i: any) => i.kind === 'LINK' && i.nik === wati.nik);
    expect((await hub.gql(DECIDE, { id: item.id, decision: 'VERIFY' }, { token: officer })).data!.decideParticipantVerification.status).toBe('VERIFIED');
    expect(await participantRow(wati.nik)).toMatchObject({ status: 'ACTIVE', employer: 'CV Penyerang', membership: 'PU', origin: 'AGENCY' });
  });

  test('a registration does not rewrite the name identity holds for a person', async () => {
    await hub.pool.query(
      `insert into identity.person (nik, full_name, birth_date, gender) values ($1, 'Rudi Hartono', '1968-02-28', 'M') on conflict do nothing`,
      [RUDI_BPJSTK.identity.nik],
    );
    await hub.pool.query(`update bpjstk.participant set full_name = 'RUDI HARTONO' where nik = $1`, [RUDI_BPJSTK.identity.nik]);
    await register(hub, RUDI_BPJSTK, `rudi-${randomUUID().slice(0, 6)}@example.id`);
    const { rows } = await hub.pool.query(`select full_name from identity.person where nik = $1`, [RUDI_BPJSTK.identity.nik]);
    expect(rows[0].full_name).toBe('Rudi Hartono');
  });
});

describe('finding 3: a self-registered record proves nothing until a BPJS TK officer verifies it', () => {
  let kpj: string;

  test('a BPU registration for a Taspen-only NIK does not let the stranger register an account with it', async () => {
    const result = await hub.gql(
      REGISTER_BPU,
      {
        input: bpuInput({
          nik: SITI.nik,
          fullName: SITI.fullName,
          birthDate: SITI.birthDate,
          email: 'evil@attacker.example',
          phone: '081299990001',
          monthlyIncome: 1_000_000,
          address: 'x',
          city: 'Medan',
        }),
      },
      { headers: { 'x-forwarded-for': freshIp() } },
    );
    expect(result.errors).toBeUndefined();
    const registration = result.data!.registerBpuParticipant;
    expect(registration.kpj).toBeNull();
    await pay(hub, registration.paymentCode.code, registration.paymentCode.amount);
    kpj = (await participantRow(SITI.nik)).kpj; // the attacker learns it from the activation e-mail
    expect((await participantRow(SITI.nik)).origin).toBe('SELF_REGISTERED');

    const email = `evil-${randomUUID().slice(0, 6)}@attacker.example`;
    const ip = freshIp();
    const started = expectData(await hub.gql(START, { input: { agency: 'BPJSTK', email } }, { headers: { 'x-forwarded-for': ip } }), 'startRegistration');
    await hub.gql(VERIFY, { registrationId: started.registrationId, code: await latestCode(hub, email) }, { headers: { 'x-forwarded-for': ip } });
    const identity = await hub.gql(
      IDENTITY,
      {
        registrationId: started.registrationId,
        identity: { nik: SITI.nik, fullName: SITI.fullName, birthDate: SITI.birthDate, kpj },
      },
      { headers: { 'x-forwarded-for': ip } },
    );
    expect(codes(identity)).toEqual(['IDENTITY_MISMATCH']);
  });

  test('the real Siti’s account does not show the stranger’s record as her BPJS TK data', async () => {
    const siti = await withAccount(hub, SITI);
    const me = await hub.gql(`{ me { person { nik bpjsTk { kpj } } } }`, {}, { token: await participantToken(hub, siti) });
    expect(me.data!.me.person).toEqual({ nik: SITI.nik, bpjsTk: null });
  });

  test('the record is in the officers’ queue; once verified it counts', async () => {
    const queue = await hub.gql(QUEUE, {}, { token: officer, headers: STAFF_PURPOSE });
    const item = queue.data!.participantVerifications.find((i: any) => i.kind === 'NEW_RECORD' && i.nik === SITI.nik);
    expect(item).toMatchObject({ id: `record:${kpj}`, source: 'BPU', paid: true, status: 'PENDING' });
    expect((await hub.gql(DECIDE, { id: item.id, decision: 'VERIFY' }, { token: officer })).data!.decideParticipantVerification.status).toBe('VERIFIED');
    const siti = await withAccount(hub, SITI);
    const me = await hub.gql(`{ me { person { bpjsTk { kpj } } } }`, {}, { token: await participantToken(hub, siti) });
    expect(me.data!.me.person.bpjsTk).toEqual({ kpj });
  });
});

describe('finding 9: no answer tells whether a NIK or an e-mail has an account', () => {
  test('a wrong identity for a NIK with an account is IDENTITY_MISMATCH and costs an attempt; NIK_ALREADY_REGISTERED only after a match', async () => {
    await withAccount(hub, { nik: ANDI.nik, fullName: ANDI.fullName });
    const email = `probe-${randomUUID().slice(0, 6)}@example.id`;
    const ip = freshIp();
    const headers = { 'x-forwarded-for': ip };
    const started = expectData(await hub.gql(START, { input: { agency: 'BPJSTK', email } }, { headers }), 'startRegistration');
    await hub.gql(VERIFY, { registrationId: started.registrationId, code: await latestCode(hub, email) }, { headers });
    const wrong = { nik: ANDI.nik, fullName: 'Not Andi', birthDate: ANDI.birthDate, kpj: '12345678901' };
    for (let i = 0; i < 4; i++)
      expect(codes(await hub.gql(IDENTITY, { registrationId: started.registrationId, identity: wrong }, { headers }))).toEqual(['IDENTITY_MISMATCH']);
    const right = { nik: ANDI.nik, fullName: ANDI.fullName, birthDate: ANDI.birthDate, kpj: ANDI.kpj };
    expect(codes(await hub.gql(IDENTITY, { registrationId: started.registrationId, identity: right }, { headers }))).toEqual(['NIK_ALREADY_REGISTERED']);
    expect(codes(await hub.gql(IDENTITY, { registrationId: started.registrationId, identity: right }, { headers }))).toEqual(['RATE_LIMITED']);
  });

  test('startRegistration answers the same for an e-mail that has an account, and sends that address no code', async () => {
    const taken = 'budi.santoso@example.id';
    await withAccount(hub, { nik: BUDI_TK.nik, fullName: BUDI_TK.fullName });
    const fresh = `fresh-${randomUUID().slice(0, 6)}@example.id`;
    const [a, b] = await Promise.all(
      [taken, fresh].map((email) => hub.gql(START, { input: { agency: 'TASPEN', email } }, { headers: { 'x-forwarded-for': freshIp() } })),
    );
    expect(a.errors).toBeUndefined();
    const shape = (r: any) => ({
      ...r.data.startRegistration,
      registrationId: 'x',
      challenge: { ...r.data.startRegistration.challenge, id: 'x', destination: 'x', expiresAt: 'x', resendAvailableAt: 'x' },
    });
    expect(shape(a)).toEqual(shape(b));
    const [newest] = await outbox(hub, taken);
    expect(newest.body).not.toMatch(/\d{6}/);
    expect(newest.body).toMatch(/sudah memiliki akun/);
  });

  test('startKioskSession answers the same shape for an unknown NIK as for a person with an account, without the phone', async () => {
    const registered = await hub.gql(
      `mutation($input: KioskRegistrationInput!) { registerKiosk(input: $input) { deviceToken } }`,
      { input: { name: 'MPP Uji', location: 'Medan' } },
      { token: await adminToken(hub) },
    );
    const device = registered.data!.registerKiosk.deviceToken;
    await hub.pool.query(`update identity.account set phone = '+6281234567890' where nik = $1`, [BUDI_TK.nik]);
    const START_KIOSK = `mutation($nik: String!) { startKioskSession(nik: $nik) { id channel destination expiresAt } }`;
    const known = await hub.gql(START_KIOSK, { nik: BUDI_TK.nik }, { token: device });
    const unknown = await hub.gql(START_KIOSK, { nik: '3273016007950004' }, { token: device });
    expect(known.errors).toBeUndefined();
    expect(unknown.errors).toBeUndefined();
    const shape = (r: any) => ({ ...r.data.startKioskSession, id: typeof r.data.startKioskSession.id, expiresAt: 'x' });
    expect(shape(unknown)).toEqual(shape(known));
    expect(JSON.stringify(known)).not.toMatch(/\+62|7890/);
    const verify = await hub.gql(
      `mutation($id: ID!) { verifyKioskSession(challengeId: $id, code: "000000") { accessToken } }`,
      { id: unknown.data!.startKioskSession.id },
      { token: device },
    );
    expect(codes(verify)).toEqual(['OTP_INVALID']);
  });
});
