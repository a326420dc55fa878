// Registration through the gateway, one flow for both agencies: e-mail code, identity checked
// against the agency named at the start, phone code, password, tokens.
import { useTestHub } from '../../../../gateway/test/support/test-hub';
import {
  ANDI_BPJSTK,
  BUDI_TASPEN,
  COMPLETE,
  DEWI,
  IDENTITY,
  latestCode,
  ME,
  outbox,
  PASSWORD,
  PHONE,
  SITI,
  START,
  VERIFY,
  freshIp,
  register,
  registerUntil,
} from '../support/flows';

const hub = useTestHub();

test('Siti registers with Taspen and her NIP, step by step, and is signed in at the end', async () => {
  const headers = { 'x-forwarded-for': freshIp() };
  const email = 'siti.rahmawati@example.com';
  const started = await hub.gql(START, { input: { agency: 'TASPEN', email } }, { headers });
  expect(started.errors).toBeUndefined();
  const { registrationId, nextStep, challenge } = started.data!.startRegistration;
  expect(nextStep).toBe('VERIFY_EMAIL');
  expect(challenge).toMatchObject({ channel: 'EMAIL', destination: 's***i@example.com' });
  expect(new Date(challenge.resendAvailableAt).getTime()).toBeLessThan(new Date(challenge.expiresAt).getTime());

  const [mail] = await outbox(hub, email);
  expect(mail).toMatchObject({ channel: 'EMAIL', to: email });
  expect(mail.body).toMatch(/^Kode verifikasi Anda: \d{6}\. Berlaku 5 menit\. Jangan berikan kode ini kepada siapa pun\.$/);

  const verified = await hub.gql(VERIFY, { registrationId, code: await latestCode(hub, email) }, { headers });
  expect(verified.data?.verifyRegistrationOtp).toMatchObject({ nextStep: 'PROVIDE_IDENTITY', challenge: null });

  const identity = await hub.gql(IDENTITY, { registrationId, identity: SITI.identity }, { headers });
  expect(identity.data?.provideRegistrationIdentity.nextStep).toBe('SET_PHONE');

  const phone = await hub.gql(PHONE, { registrationId, phone: '0812-3456-7801' }, { headers });
  expect(phone.data?.setRegistrationPhone).toMatchObject({
    nextStep: 'VERIFY_PHONE',
    challenge: { channel: 'SMS', destination: '+62812****7801' },
  });
  const [sms] = await outbox(hub, '+6281234567801');
  expect(sms).toMatchObject({ channel: 'SMS', to: '+6281234567801', subject: null });

  const phoneVerified = await hub.gql(VERIFY, { registrationId, code: await latestCode(hub, '081234567801') }, { headers });
  expect(phoneVerified.data?.verifyRegistrationOtp.nextStep).toBe('SET_PASSWORD');

  const done = await hub.gql(COMPLETE, { registrationId, password: PASSWORD }, { headers });
  expect(done.errors).toBeUndefined();
  expect(done.data?.completeRegistration).toMatchObject({
    accessToken: expect.any(String),
    refreshToken: expect.any(String),
    account: { email, phone: '+6281234567801' },
  });

  const me = await hub.gql(ME, {}, { token: done.data!.completeRegistration.accessToken });
  expect(me.data?.me).toMatchObject({
    email,
    phone: '+6281234567801',
    roles: ['PARTICIPANT'],
    person: { nik: SITI.identity.nik, fullName: 'Siti Rahmawati', birthDate: '1972-08-15' },
  });
});

test('Dewi registers with BPJS Ketenagakerjaan and her KPJ', async () => {
  const dewi = await register(hub, DEWI, 'dewi.lestari@example.com');
  const me = await hub.gql(ME, {}, { token: dewi.accessToken });
  expect(me.errors).toBeUndefined();
  expect(me.data?.me.person).toEqual({ nik: DEWI.identity.nik, fullName: 'Dewi Lestari', birthDate: '1994-11-03' });
});

test("after registration the person shows every agency's record for the NIK", async () => {
  const budi = await register(hub, BUDI_TASPEN, 'budi.santoso@example.com');
  const overview = await hub.gql(`query { me { person { nik taspen { nip } bpjsTk { kpj } } } }`, {}, { token: budi.accessToken });
  expect(overview.errors).toBeUndefined();
  expect(overview.data?.me.person).toEqual({
    nik: BUDI_TASPEN.identity.nik,
    taspen: { nip: '198503122010011001' },
    bpjsTk: { kpj: '09012345678' },
  });
});

test('the name is matched ignoring case and spacing', async () => {
  const { registrationId, ip } = await registerUntil(hub, ANDI_BPJSTK, 'andi.wijaya@example.com', 'PROVIDE_IDENTITY');
  const identity = { ...ANDI_BPJSTK.identity, fullName: '  ANDI   wijaya ' };
  const result = await hub.gql(IDENTITY, { registrationId, identity }, { headers: { 'x-forwarded-for': ip } });
  expect(result.errors).toBeUndefined();
  expect(result.data?.provideRegistrationIdentity.nextStep).toBe('SET_PHONE');
});

test('the development outbox finds SMS by 08… and by +628… alike', async () => {
  const local = await outbox(hub, '081234567802');
  const international = await outbox(hub, '+6281234567802');
  expect(local.length).toBeGreaterThan(0);
  expect(local).toEqual(international);
});

test('the development outbox asks for a recipient', async () => {
  const response = await fetch(`${hub.baseUrl}/dev/outbox`);
  expect(response.status).toBe(400);
});
