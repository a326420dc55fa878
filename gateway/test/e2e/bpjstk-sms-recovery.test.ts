// The SMS channel (short code 2757) and KPJ recovery to the contact on record.
import { useTestHub } from '../support/test-hub';
import { DEWI, RUDI, postSigned } from '../support/bpjstk';

const hub = useTestHub();
let secret: string;

beforeAll(async () => {
  secret = hub.platform.config.smsWebhookSecret;
});

const sms = (from: string, text: string) => postSigned(hub.baseUrl, '/channels/sms/inbound', secret, { from, to: '2757', text });
const RECOVER = `mutation RecoverKpj($input: KpjRecoveryInput!) { recoverKpj(input: $input) { delivered channel destination } }`;

describe('the SMS channel', () => {
  const phone = '081377778888';

  test('a balance request from an unregistered number is told how to register', async () => {
    const result = await sms(phone, `SALDO#${DEWI.kpj}`);
    expect(result.status).toBe(200);
    expect(result.body.reply).toMatch(/belum terdaftar/);
    expect(result.body.reply).not.toMatch(/Rp/);
  });

  test('registration needs NIK, name, birth date and KPJ to match the record', async () => {
    const wrong = await sms(phone, `DAFTAR SALDO#${DEWI.nik}#Dewi Lestari#04-11-94#${DEWI.kpj}`);
    expect(wrong.body.reply).toMatch(/tidak sesuai/);
    const right = await sms(phone, ` daftar saldo # ${DEWI.nik} # dewi  LESTARI # 03-11-94 # ${DEWI.kpj} # dewi@example.id `);
    expect(right.status).toBe(200);
    expect(right.body.reply).toMatch(/telah terdaftar/);
  });

  test('a registered number gets the JHT balance written the Indonesian way', async () => {
    const result = await sms('+6281377778888', `saldo#${DEWI.kpj}`);
    expect(result.body.reply).toContain('Rp 8.523.400');
    const otherNumber = await sms('081300000001', `SALDO#${DEWI.kpj}`);
    expect(otherNumber.body.reply).not.toContain('Rp 8.523.400');
  });

  test('anything else gets the usage in Bahasa Indonesia', async () => {
    const result = await sms(phone, 'halo, berapa saldo saya?');
    expect(result.body.reply).toMatch(/Format salah.*DAFTAR SALDO#NIK#NAMA#TGL LAHIR\(dd-mm-yy\)#NO PESERTA/);
  });

  test('an unsigned or forged message is refused, and a malformed one is 400', async () => {
    const forged = await postSigned(hub.baseUrl, '/channels/sms/inbound', 'wrong-secret', { from: phone, to: '2757', text: 'SALDO#1' });
    expect(forged.status).toBe(401);
    const malformed = await postSigned(hub.baseUrl, '/channels/sms/inbound', secret, { from: 'nobody', text: 'x' });
    expect(malformed.status).toBe(400);
  });

  test('one number sending too many messages is rate-limited', async () => {
    const statuses = [];
    for (let i = 0; i < 22; i++) statuses.push((await sms('081399990000', 'HALO')).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses[21]).toBe(429);
  });
});

describe('KPJ recovery', () => {
  test('matching data sends the KPJ to the number on record and answers only where, masked', async () => {
    // Dewi's number is on record through the SMS registration above
    const result = await hub.gql(RECOVER, { input: { nik: DEWI.nik, fullName: 'DEWI lestari', birthDate: DEWI.birthDate } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.recoverKpj).toEqual({ delivered: true, channel: 'SMS', destination: '+62813****8888' });
    expect(JSON.stringify(result)).not.toContain(DEWI.kpj);
    const { rows } = await hub.pool.query(`select body from bpjstk.outbox where recipient = '+6281377778888' and kind = 'KPJ_RECOVERY'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].body).toContain(DEWI.kpj);
  });

  test('data that do not match get the same shape, and nothing is sent', async () => {
    const result = await hub.gql(RECOVER, { input: { nik: RUDI.nik, fullName: 'Rudi Hartana', birthDate: RUDI.birthDate } });
    expect(result.data!.recoverKpj).toEqual({ delivered: false, channel: null, destination: null });
  });

  test('an invalid NIK is refused naming the field', async () => {
    const result = await hub.gql(RECOVER, { input: { nik: '123', fullName: 'X', birthDate: '1990-01-01' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nik' });
  });

  test('attempts for one NIK are rate-limited', async () => {
    const input = { nik: RUDI.nik, fullName: RUDI.fullName, birthDate: RUDI.birthDate };
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await hub.gql(RECOVER, { input })).errors?.[0].extensions?.code ?? 'OK');
    expect(codes[0]).toBe('OK');
    expect(codes).toContain('RATE_LIMITED');
  });
});
