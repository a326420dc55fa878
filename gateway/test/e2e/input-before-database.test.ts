// Every input rule is checked before the database: a value the database would refuse is BAD_USER_INPUT
// naming the field, never an INTERNAL_SERVER_ERROR from a constraint.
import { useTestHub } from '../support/test-hub';
import { kptInput, SUBMIT } from '../support/taspen';
import { BUDI, participantToken } from '../support/tokens';
import { adminToken } from '../support/consumers';
import { JOKO, bpuInput, employerInput } from '../support/registrations';

const hub = useTestHub({ OUTBOX_POLL_MS: '3600000' });

const REGISTER_EMPLOYER = `mutation RegisterEmployer($input: EmployerRegistrationInput!) {
  registerEmployer(input: $input) { id paymentCode { amount } }
}`;

test('a monthly wage too small to give a contribution is BAD_USER_INPUT on input.workers[0].monthlyWage', async () => {
  const result = await hub.gql(REGISTER_EMPLOYER, {
    input: employerInput({ name: 'CV Kecil', email: 'hr@kecil.example.id', jkkRiskClass: 1, workers: [{ ...JOKO, monthlyWage: 1 }] }),
  });
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workers[0].monthlyWage' });
  expect(result.errors?.[0].message).toMatch(/workers\[0\]\.monthlyWage/);
});

test('a variable that fails its type names the whole input path in extensions.field', async () => {
  const result = await hub.gql(`mutation Submit($input: TaspenSubmissionInput!) { submitTaspenSubmission(input: $input) { id } }`, {
    input: {
      type: 'KPT',
      nip: '198503122010011001',
      email: 'budi@example.id',
      ktpPhotoDocumentId: 'x',
      selfieWithKtpDocumentId: 'y',
      documents: [],
      applicant: { relation: 'SELF', fullName: 'Budi Santoso', nik: '3173051203850001', birthDate: '12-03-1985' },
    },
  });
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicant.birthDate' });
});

// Boundary values for the inputs that reach a column's length, a CHECK or a unique constraint: each is
// BAD_USER_INPUT naming its field (the whole input path), never INTERNAL_SERVER_ERROR.
describe('boundary values are refused before the database', () => {
  const long = (n: number) => 'a'.repeat(n);
  const refusedOn = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => {
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    return result.errors?.[0].extensions?.field;
  };
  const bpu = (overrides: Record<string, unknown>) => bpuInput({ programs: ['JKK', 'JKM'], ...overrides });
  const employer = (overrides: Record<string, unknown>) => employerInput({ name: 'CV Batas', email: 'hr@batas.example.id', jkkRiskClass: 1, ...overrides });
  const REGISTER_BPU = `mutation RegisterBpuParticipant($input: BpuRegistrationInput!) { registerBpuParticipant(input: $input) { id } }`;

  test.each([
    ['occupation', { occupation: long(101) }],
    ['address', { address: long(501) }],
    ['city', { city: long(101) }],
    ['fullName', { fullName: long(201) }],
    ['idempotencyKey', { idempotencyKey: long(101) }],
    ['email', { email: `${long(250)}@example.id` }],
  ])('a BPU registration with a too long %s', async (field, override) => {
    expect(refusedOn(await hub.gql(REGISTER_BPU, { input: bpu(override) }))).toBe(`input.${field}`);
  });

  test.each([
    ['name', { name: long(201) }],
    ['ownerName', { ownerName: long(201) }],
    ['address', { address: long(501) }],
    ['jkkRiskClass', { jkkRiskClass: 0 }],
    ['workers[0].monthlyWage', { workers: [{ ...JOKO, monthlyWage: 10_000_000_001 }] }],
    ['workers[0].fullName', { workers: [{ ...JOKO, fullName: long(201), monthlyWage: 5_000_000 }] }],
  ])('an employer registration with %s out of bounds', async (field, override) => {
    expect(refusedOn(await hub.gql(REGISTER_EMPLOYER, { input: employer(override) }))).toBe(`input.${field}`);
  });

  test('a service rating outside 1 to 5 and a too long comment', async () => {
    const FEEDBACK = `mutation SubmitServiceFeedback($input: ServiceFeedbackInput!) { submitServiceFeedback(input: $input) { id } }`;
    for (const rating of [0, 6]) expect(refusedOn(await hub.gql(FEEDBACK, { input: { service: 'INFORMATION', rating } }))).toBe('input.rating');
    expect(refusedOn(await hub.gql(FEEDBACK, { input: { service: 'INFORMATION', rating: 5, comment: long(1001) } }))).toBe('input.comment');
  });

  test('a branch search outside the globe', async () => {
    const NEAR = `query Near($near: GeoPointInput) { branchOffices(near: $near) { id } }`;
    expect(refusedOn(await hub.gql(NEAR, { near: { latitude: 90.5, longitude: 0 } }))).toBe('near.latitude');
    expect(refusedOn(await hub.gql(NEAR, { near: { latitude: 0, longitude: -180.5 } }))).toBe('near.longitude');
  });

  test('a Taspen submission whose photo ids are not document ids, or whose key is too long', async () => {
    const token = await participantToken(hub, BUDI);
    const input = await kptInput(hub, token, BUDI);
    expect(refusedOn(await hub.gql(SUBMIT, { input: { ...input, ktpPhotoDocumentId: long(50) } }, { token }))).toBe('input.ktpPhotoDocumentId');
    expect(refusedOn(await hub.gql(SUBMIT, { input: { ...input, idempotencyKey: long(101) } }, { token }))).toBe('input.idempotencyKey');
    expect(refusedOn(await hub.gql(SUBMIT, { input: { ...input, applicant: { ...input.applicant, fullName: long(201) } } }, { token }))).toBe(
      'input.applicant.fullName',
    );
  });

  test('identity: a partner, a kiosk and an account reset with too long text', async () => {
    const token = await adminToken(hub);
    const PARTNER = `mutation RegisterPartner($input: PartnerRegistrationInput!) { registerPartner(input: $input) { id } }`;
    const KIOSK = `mutation RegisterKiosk($input: KioskRegistrationInput!) { registerKiosk(input: $input) { id } }`;
    const RESET = `mutation RequestAccountReset($input: AccountResetInput!) { requestAccountReset(input: $input) { ticketId } }`;
    expect(refusedOn(await hub.gql(PARTNER, { input: { name: long(201), scopes: ['CARDS_READ'] } }, { token }))).toBe('input.name');
    expect(refusedOn(await hub.gql(KIOSK, { input: { name: 'Kiosk', location: long(301) } }, { token }))).toBe('input.location');
    expect(
      refusedOn(
        await hub.gql(RESET, {
          input: {
            nik: BUDI.nik,
            fullName: BUDI.fullName,
            birthDate: BUDI.birthDate,
            newEmail: 'budi.b@example.id',
            newPhone: '081234560000',
            reason: long(1001),
          },
        }),
      ),
    ).toBe('input.reason');
  });
});
