// Registration refusals: identity mismatch without naming the field, steps out of order, a NIK or
// an e-mail that already has an account, and passwords that are too weak.
import { useTestHub } from '../../../../gateway/test/support/test-hub';
import { ANDI_BPJSTK, COMPLETE, IDENTITY, PHONE, SITI, START, VERIFY, expectData, freshIp, latestCode, register, registerUntil } from '../support/flows';
import { outbox } from '../support/flows';

const hub = useTestHub();

const errorOf = (result: { errors?: Array<{ extensions?: Record<string, any>; message: string }> }) => result.errors?.[0];

describe('provideRegistrationIdentity', () => {
  test.each([
    ['a different name', { fullName: 'Siti Rahmawaty' }],
    ['a different birth date', { birthDate: '1972-08-16', nik: '1173015608720002' }],
    ['a different NIP', { nip: '197208151998032005' }],
  ])('says IDENTITY_MISMATCH for %s, without naming the field', async (_case, change) => {
    const { registrationId, ip } = await registerUntil(hub, SITI, `mismatch-${Math.random()}@example.com`, 'PROVIDE_IDENTITY');
    const result = await hub.gql(IDENTITY, { registrationId, identity: { ...SITI.identity, ...change } }, { headers: { 'x-forwarded-for': ip } });
    expect(errorOf(result)?.extensions).toEqual({ code: 'IDENTITY_MISMATCH', serviceName: 'identity' });
    expect(errorOf(result)?.message).not.toMatch(/name|birth|NIP/i);
  });

  test('checks the agency named at the start: a Taspen person is not found at BPJS TK', async () => {
    const { registrationId, ip } = await registerUntil(hub, { ...ANDI_BPJSTK, agency: 'TASPEN' }, 'andi-taspen@example.com', 'PROVIDE_IDENTITY');
    const result = await hub.gql(
      IDENTITY,
      {
        registrationId,
        identity: { ...ANDI_BPJSTK.identity, kpj: undefined, nip: '199007212015031001' },
      },
      { headers: { 'x-forwarded-for': ip } },
    );
    expect(errorOf(result)?.extensions?.code).toBe('IDENTITY_MISMATCH');
  });

  test('asks for the NIP of a Taspen registration, naming the field', async () => {
    const { registrationId, ip } = await registerUntil(hub, SITI, 'no-nip@example.com', 'PROVIDE_IDENTITY');
    const result = await hub.gql(IDENTITY, { registrationId, identity: { ...SITI.identity, nip: null } }, { headers: { 'x-forwarded-for': ip } });
    expect(errorOf(result)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'identity.nip' });
  });

  test('refuses a malformed NIK as bad input naming the field', async () => {
    const { registrationId, ip } = await registerUntil(hub, SITI, 'bad-nik@example.com', 'PROVIDE_IDENTITY');
    const result = await hub.gql(IDENTITY, { registrationId, identity: { ...SITI.identity, nik: '123' } }, { headers: { 'x-forwarded-for': ip } });
    expect(errorOf(result)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'identity.nik' });
  });
});

test('steps out of order are BAD_USER_INPUT', async () => {
  const headers = { 'x-forwarded-for': freshIp() };
  const started = expectData(await hub.gql(START, { input: { agency: 'TASPEN', email: 'order@example.com' } }, { headers }), 'startRegistration');
  const { registrationId } = started;
  for (const [query, variables] of [
    [IDENTITY, { registrationId, identity: SITI.identity }],
    [PHONE, { registrationId, phone: SITI.phone }],
    [COMPLETE, { registrationId, password: 'Kopi-Susu-Gayo-2026!' }],
  ] as const) {
    const result = await hub.gql(query, variables, { headers });
    expect(errorOf(result)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'registrationId' });
  }
});

test('an unknown registration is NOT_FOUND', async () => {
  const result = await hub.gql(VERIFY, { registrationId: '00000000-0000-4000-8000-000000000000', code: '123456' });
  expect(errorOf(result)?.extensions?.code).toBe('NOT_FOUND');
});

test('a NIK that already has an account gets NIK_ALREADY_REGISTERED at the identity step', async () => {
  await register(hub, ANDI_BPJSTK, 'andi.first@example.com');
  const { registrationId, ip } = await registerUntil(hub, ANDI_BPJSTK, 'andi.second@example.com', 'PROVIDE_IDENTITY');
  const result = await hub.gql(IDENTITY, { registrationId, identity: ANDI_BPJSTK.identity }, { headers: { 'x-forwarded-for': ip } });
  expect(errorOf(result)?.extensions?.code).toBe('NIK_ALREADY_REGISTERED');
});

// Issue 11 (finding 9): this used to answer BAD_USER_INPUT on `email`, which told anyone who has an account.
test('an e-mail that already has an account gets the usual answer, and its owner a notice instead of a code', async () => {
  const result = await hub.gql(START, { input: { agency: 'BPJSTK', email: 'ANDI.FIRST@example.com' } }, { headers: { 'x-forwarded-for': freshIp() } });
  expect(result.errors).toBeUndefined();
  expect(result.data!.startRegistration.nextStep).toBe('VERIFY_EMAIL');
  const [notice] = await outbox(hub, 'andi.first@example.com');
  expect(notice.body).toMatch(/sudah memiliki akun/);
  expect(notice.body).not.toMatch(/Kode verifikasi Anda/);
});

test('a malformed e-mail is bad input naming the field', async () => {
  const result = await hub.gql(START, { input: { agency: 'TASPEN', email: 'not-an-email' } });
  expect(errorOf(result)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
});

test('a malformed phone number is bad input naming the field', async () => {
  const { registrationId, ip } = await registerUntil(hub, SITI, 'bad-phone@example.com', 'SET_PHONE');
  const result = await hub.gql(PHONE, { registrationId, phone: '12345' }, { headers: { 'x-forwarded-for': ip } });
  expect(errorOf(result)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
});

describe('the password', () => {
  let registrationId: string;
  let headers: Record<string, string>;
  const email = 'siti.password@example.com';

  beforeAll(async () => {
    const progress = await registerUntil(hub, SITI, email, 'SET_PASSWORD');
    registrationId = progress.registrationId;
    headers = { 'x-forwarded-for': progress.ip };
  });

  test.each([
    ['shorter than eight characters', 'Ab3$xyz'],
    ['the e-mail address', email],
    ['the local part of the e-mail address', 'siti.password'],
    ['a common password', 'Password1'],
  ])('is refused when it is %s', async (_case, password) => {
    const result = await hub.gql(COMPLETE, { registrationId, password }, { headers });
    expect(errorOf(result)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  });

  test('is accepted when long and uncommon, and the registration cannot complete twice', async () => {
    const first = await hub.gql(COMPLETE, { registrationId, password: 'Teh-Tarik-Aceh-1972' }, { headers });
    expect(first.errors).toBeUndefined();
    const again = await hub.gql(COMPLETE, { registrationId, password: 'Teh-Tarik-Aceh-1972' }, { headers });
    expect(errorOf(again)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'registrationId' });
  });
});

test('a used e-mail code cannot verify again', async () => {
  const headers = { 'x-forwarded-for': freshIp() };
  const email = 'once@example.com';
  const started = expectData(await hub.gql(START, { input: { agency: 'TASPEN', email } }, { headers }), 'startRegistration');
  const code = await latestCode(hub, email);
  await hub.gql(VERIFY, { registrationId: started.registrationId, code }, { headers });
  const again = await hub.gql(VERIFY, { registrationId: started.registrationId, code }, { headers });
  expect(errorOf(again)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'registrationId' });
});
