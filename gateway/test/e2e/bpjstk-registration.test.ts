// BPU and employer registration, the signed payment webhook that activates them, and the card.
import { randomUUID } from 'node:crypto';
import { useTestHub } from '../support/test-hub';
import { ANDI, STAFF_PURPOSE, bpjsTkOf, postSigned, staffToken } from '../support/bpjstk';
import { participantToken } from '../support/tokens';
import { JOKO, SARI, TONO, bpuInput, employerInput as employerOf, pay } from '../support/registrations';

const hub = useTestHub();
let secret: string;

beforeAll(async () => {
  secret = hub.platform.config.paymentWebhookSecret;
});

const REGISTER_BPU = `mutation RegisterBpuParticipant($input: BpuRegistrationInput!) {
  registerBpuParticipant(input: $input) { id status kpj paymentCode { code amount expiresAt } }
}`;

const REGISTER_EMPLOYER = `mutation RegisterEmployer($input: EmployerRegistrationInput!) {
  registerEmployer(input: $input) { id registrationNumber status paymentCode { code amount expiresAt } workers { nik kpj status } }
}`;

const EMPLOYER = `query Employer($id: ID!) { employer(id: $id) { id name status workers { nik kpj status } } }`;

/** A registration sent with `mutation`: its answer (`field`), after checking it came without errors. */
const registrationBy = (mutation: string, field: string) => async (input: Record<string, unknown>) => {
  const result = await hub.gql(mutation, { input });
  expect(result.errors).toBeUndefined();
  return result.data![field];
};
const registerBpu = registrationBy(REGISTER_BPU, 'registerBpuParticipant');
const registerEmployer = registrationBy(REGISTER_EMPLOYER, 'registerEmployer');

// Joko's company with two new workers and Andi, whom BPJS TK already knows, in every programme (JP included).
const employerInput = (overrides: Record<string, unknown> = {}) =>
  employerOf({
    programs: ['JHT', 'JKK', 'JKM', 'JP'],
    workers: [
      { ...JOKO, monthlyWage: 5_000_000 },
      { ...TONO, monthlyWage: 12_000_000 },
      { nik: ANDI.nik, fullName: ANDI.fullName, birthDate: ANDI.birthDate, monthlyWage: 6_000_000 },
    ],
    ...overrides,
  });

describe('BPU registration and its payment', () => {
  let registration: any;

  // Issue 11: the answer no longer shows the new KPJ (a known NIK must look the same); it comes by e-mail when paid.
  test('a self-employed person gets a new (self-registered) record, PENDING_PAYMENT and a payment code for the first month', async () => {
    registration = await registerBpu(bpuInput());
    expect(registration.status).toBe('PENDING_PAYMENT');
    expect(registration.kpj).toBeNull();
    const { rows } = await hub.pool.query(`select kpj, origin from bpjstk.participant where nik = $1`, [SARI.nik]);
    expect(rows[0].origin).toBe('SELF_REGISTERED');
    registration = { ...registration, kpj: rows[0].kpj };
    // JKK 1 % (20,000) + JHT 2 % (40,000) of Rp 2,000,000 + JKM flat 6,800
    expect(registration.paymentCode.amount).toBe(66_800);
    expect(registration.paymentCode.code).toMatch(/^\d{16}$/);
    expect(new Date(registration.paymentCode.expiresAt).getTime()).toBeGreaterThan(Date.now());
  });

  test('the same idempotency key returns the same registration', async () => {
    const again = await hub.gql(REGISTER_BPU, {
      input: bpuInput({ nik: '3273016007950004', fullName: 'Rina', birthDate: '1995-07-20', idempotencyKey: 'k-1' }),
    });
    const twice = await hub.gql(REGISTER_BPU, {
      input: bpuInput({ nik: '3273016007950004', fullName: 'Rina', birthDate: '1995-07-20', idempotencyKey: 'k-1' }),
    });
    expect(twice.data!.registerBpuParticipant).toEqual(again.data!.registerBpuParticipant);
  });

  test('a forged signature is refused with 401 and nothing is applied', async () => {
    const body = { reference: 'forged-1', paymentCode: registration.paymentCode.code, amount: 66_800, paidAt: new Date().toISOString() };
    const forged = await postSigned(hub.baseUrl, '/webhooks/payments', 'not-the-secret', body);
    expect(forged.status).toBe(401);
    const missing = await postSigned(hub.baseUrl, '/webhooks/payments', secret, body, 'sha256=00');
    expect(missing.status).toBe(401);
    const { rows } = await hub.pool.query(`select status from bpjstk.participant where kpj = $1`, [registration.kpj]);
    expect(rows[0].status).toBe('PENDING_PAYMENT');
  });

  test('an unknown code is 404, a different amount 409, a malformed notice 400', async () => {
    expect((await pay(hub, '8889000000000000', 66_800)).status).toBe(404);
    expect((await pay(hub, 'NO-SUCH-CODE', 66_800)).status).toBe(404);
    expect((await pay(hub, registration.paymentCode.code, 66_801)).status).toBe(409);
    expect((await postSigned(hub.baseUrl, '/webhooks/payments', secret, { reference: 'x' })).status).toBe(400);
    expect((await postSigned(hub.baseUrl, '/webhooks/payments', secret, 'not json')).status).toBe(400);
  });

  test('a signed payment activates the participation, starts the ledger and issues the card; a replay is counted once', async () => {
    const reference = `ref-${randomUUID()}`;
    const first = await pay(hub, registration.paymentCode.code, 66_800, reference);
    expect(first).toEqual({ status: 200, body: { status: 'applied' } });
    const replays = await Promise.all([1, 2, 3].map(() => pay(hub, registration.paymentCode.code, 66_800, reference)));
    expect(replays.map((r) => r.body)).toEqual([{ status: 'duplicate' }, { status: 'duplicate' }, { status: 'duplicate' }]);

    const { rows: payments } = await hub.pool.query(`select count(*)::int as n from bpjstk.payment where reference = $1`, [reference]);
    expect(payments[0].n).toBe(1);
    const { rows: ledger } = await hub.pool.query(
      `select sum(worker_contribution)::int as worker, count(*)::int as months from bpjstk.contribution_ledger where kpj = $1`,
      [registration.kpj],
    );
    expect(ledger[0]).toEqual({ worker: 40_000, months: 1 }); // JHT 2 % of Rp 2,000,000, once

    const officer = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
    const view = await bpjsTkOf(hub, SARI.nik, 'kpj membership status card { number verificationCode } jhtBalance { total }', officer, STAFF_PURPOSE);
    expect(view.bpjsTk).toMatchObject({
      kpj: registration.kpj,
      membership: 'BPU',
      status: 'ACTIVE',
      card: { number: registration.kpj },
      jhtBalance: { total: 40_000 },
    });
    const verified = await hub.gql(`query($code: String!) { verifyCard(code: $code) { valid cardNumber } }`, { code: view.bpjsTk.card.verificationCode });
    if (!verified.errors) expect(verified.data!.verifyCard).toEqual({ valid: true, cardNumber: registration.kpj });
  });

  test('a second, different payment of an already paid code is refused with 409', async () => {
    expect((await pay(hub, registration.paymentCode.code, 66_800)).status).toBe(409);
  });

  test('invalid identifiers are refused naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ nik: '1234' }, 'nik'],
      [{ phone: '12345' }, 'phone'],
      [{ email: 'not-an-email' }, 'email'],
      [{ birthDate: '1992-05-16' }, 'nik'], // the NIK holds 15-05-92
      [{ programs: ['JKK', 'JKM', 'JP'] }, 'programs'],
      [{ monthlyIncome: 0 }, 'monthlyIncome'],
    ];
    for (const [override, field] of cases) {
      const result = await hub.gql(REGISTER_BPU, { input: bpuInput(override) });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.${field}` });
    }
  });

  test('the registrant can recover the KPJ, which goes by SMS to the phone given at registration', async () => {
    const result = await hub.gql(`mutation($input: KpjRecoveryInput!) { recoverKpj(input: $input) { delivered channel destination } }`, {
      input: { nik: SARI.nik, fullName: SARI.fullName, birthDate: SARI.birthDate },
    });
    expect(result.data!.recoverKpj).toEqual({ delivered: true, channel: 'SMS', destination: '+62812****7890' });
  });

  // Issue 11 (findings 1-2): a known NIK used to be linked at once (or refused with IDENTITY_MISMATCH, telling the
  // record's name apart); now the answer is the same as for a new NIK and nothing changes until an officer confirms.
  test('a NIK that already has a KPJ is answered like a new one, and its record changes only once an officer confirms the link', async () => {
    const dewi = { nik: '3578034311940004', fullName: 'dewi  lestari', birthDate: '1994-11-03' };
    const mismatch = await registerBpu(bpuInput({ ...dewi, fullName: 'Dewi Lestary' }));
    expect(mismatch).toMatchObject({ status: 'PENDING_PAYMENT', kpj: null });
    const registration = await registerBpu(bpuInput({ ...dewi, phone: '081255556666' }));
    expect(registration).toMatchObject({ status: 'PENDING_PAYMENT', kpj: null });
    const before = (await hub.pool.query(`select kpj, membership, status, inactive_since, phone from bpjstk.participant where nik = $1`, [dewi.nik])).rows;
    expect((await pay(hub, registration.paymentCode.code, registration.paymentCode.amount)).body).toEqual({ status: 'applied' });
    expect((await hub.pool.query(`select kpj, membership, status, inactive_since, phone from bpjstk.participant where nik = $1`, [dewi.nik])).rows).toEqual(
      before,
    );

    const officer = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
    const queue = await hub.gql(`query { participantVerifications { id kind nik fullName paid } }`, {}, { token: officer, headers: STAFF_PURPOSE });
    const links = queue.data!.participantVerifications.filter((i: any) => i.kind === 'LINK' && i.nik === dewi.nik);
    const paid = links.find((i: any) => i.paid);
    const decide = `mutation($id: ID!, $d: VerificationDecision!) { decideParticipantVerification(id: $id, decision: $d) { status } }`;
    expect((await hub.gql(decide, { id: paid.id, d: 'VERIFY' }, { token: officer })).data!.decideParticipantVerification.status).toBe('VERIFIED');
    const { rows } = await hub.pool.query(`select kpj, membership, status, inactive_since, phone from bpjstk.participant where nik = $1`, [dewi.nik]);
    expect(rows).toEqual([{ kpj: '14087654321', membership: 'BPU', status: 'ACTIVE', inactive_since: null, phone: null }]);
    const { rows: ledger } = await hub.pool.query(
      `select sum(employer_contribution + worker_contribution + returns)::int as total from bpjstk.contribution_ledger where kpj = '14087654321'`,
    );
    expect(ledger[0].total).toBe(8_523_400 + 40_000);
  });

  test('money may be sent as a digit string', async () => {
    const maya = await registerBpu(
      bpuInput({ nik: '3273014112990005', fullName: 'Maya', birthDate: '1999-12-01', monthlyIncome: '3000000', programs: ['JKK', 'JKM'] }),
    );
    expect(maya.paymentCode.amount).toBe(30_000 + 6_800);
  });
});

describe('employer registration', () => {
  let employer: any;

  // Issue 11 (finding 1): the answer used to show an existing participant's KPJ and status.
  test('workers are answered alike (no KPJ or status of any record), and the code covers every share by risk class', async () => {
    employer = await registerEmployer(employerInput());
    expect(employer.status).toBe('PENDING_PAYMENT');
    expect(employer.registrationNumber).toMatch(/^PU-\d{4}-\d{8}$/);
    expect(employer.workers).toEqual([JOKO, TONO, ANDI].map((w) => ({ nik: w.nik, kpj: null, status: 'PENDING_PAYMENT' })));
    // per worker: JHT 5.7 % + JKK 0.54 % + JKM 0.3 % of the wage, JP 3 % of the wage up to 10,547,400
    const expected = [5_000_000, 12_000_000, 6_000_000].reduce(
      (sum, wage) =>
        sum +
        Math.round(wage * 0.037) +
        Math.round(wage * 0.02) +
        Math.round(wage * 0.0054) +
        Math.round(wage * 0.003) +
        Math.round(Math.min(wage, 10_547_400) * 0.02) +
        Math.round(Math.min(wage, 10_547_400) * 0.01),
      0,
    );
    expect(employer.paymentCode.amount).toBe(expected);
  });

  test('a BPJS TK officer reads the employer; a participant cannot', async () => {
    const officer = await hub.gql(EMPLOYER, { id: employer.id }, { token: await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK'), headers: STAFF_PURPOSE });
    expect(officer.data!.employer).toMatchObject({ id: employer.id, name: 'CV Maju Bersama', status: 'PENDING_PAYMENT' });
    expect(officer.data!.employer.workers).toHaveLength(3);
    const stranger = await hub.gql(EMPLOYER, { id: employer.id }, { token: await participantToken(hub, { accountId: randomUUID(), nik: TONO.nik }) });
    expect(stranger.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  // Issue 11 (finding 2): an existing participant (Andi) used to move under the new employer on payment.
  test('paying the code activates the employer and its new workers with a card; a known worker waits for an officer', async () => {
    expect((await pay(hub, employer.paymentCode.code, employer.paymentCode.amount)).body).toEqual({ status: 'applied' });
    const officer = await hub.gql(EMPLOYER, { id: employer.id }, { token: await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK') });
    expect(officer.data!.employer.status).toBe('ACTIVE');
    expect(officer.data!.employer.workers.map((w: any) => w.status)).toEqual(['ACTIVE', 'ACTIVE', null]);
    const tono = officer.data!.employer.workers.find((w: any) => w.nik === TONO.nik);
    const { rows } = await hub.pool.query(`select count(*)::int as n from bpjstk.card where number = $1`, [tono.kpj]);
    expect(rows[0].n).toBe(1);
    const { rows: andi } = await hub.pool.query(`select employer, status from bpjstk.participant where kpj = $1`, [ANDI.kpj]);
    expect(andi[0].employer).not.toBe('CV Maju Bersama');
  });

  test('a worker error names the field and the worker', async () => {
    const input = employerInput({
      workers: [
        { ...TONO, monthlyWage: 1_000_000 },
        { nik: '99', fullName: 'X', birthDate: '1990-01-01', monthlyWage: 1 },
      ],
    });
    const result = await hub.gql(REGISTER_EMPLOYER, { input });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workers[1].nik' });
    expect(result.errors?.[0].message).toMatch(/workers\[1\]\.nik/);
  });

  test.each([
    [{ npwp: '01.312.166.1-091.000' }, 'npwp'],
    [{ nib: '123' }, 'nib'],
    [{ ownerNik: '1234567890123456' }, 'ownerNik'],
    [{ jkkRiskClass: 6 }, 'jkkRiskClass'],
    [{ phone: '0211234567' }, 'phone'],
  ])('an invalid employer identifier (%p) is refused naming %s', async (override, field) => {
    const result = await hub.gql(REGISTER_EMPLOYER, { input: employerInput(override) });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.${field}` });
  });
});
