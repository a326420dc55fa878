// extensions.field is the whole input path from the operation's argument, for errors raised by services and
// validators in every subgraph (not only for variables that fail their type), so a form can point at the field.
import { randomUUID } from 'node:crypto';
import { useTestHub } from '../support/test-hub';
import { DEWI as DEWI0, withAccount } from '../support/bpjstk';
import { kptInput, SUBMIT as SUBMIT_TASPEN } from '../support/taspen';
import { BUDI, participantToken } from '../support/tokens';
import { JOKO, bpuInput, employerInput } from '../support/registrations';
import { IDENTITY, SITI as SITI_REGISTRATION, START, registerUntil } from '../../../subgraphs/identity/test/support/flows';

const hub = useTestHub({ OUTBOX_POLL_MS: '3600000' });

type Result = { errors?: Array<{ extensions?: Record<string, unknown> }> };
const fieldOf = (result: Result) => {
  expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  return result.errors?.[0].extensions?.field;
};

describe('identity', () => {
  test('registration names input.email and identity.fullName', async () => {
    expect(fieldOf(await hub.gql(START, { input: { agency: 'TASPEN', email: 'not-an-email' } }))).toBe('input.email');
    const { registrationId, ip } = await registerUntil(hub, SITI_REGISTRATION, `paths-${randomUUID()}@example.com`, 'PROVIDE_IDENTITY');
    const blankName = await hub.gql(
      IDENTITY,
      { registrationId, identity: { ...SITI_REGISTRATION.identity, fullName: '   ' } },
      { headers: { 'x-forwarded-for': ip } },
    );
    expect(fieldOf(blankName)).toBe('identity.fullName');
  });

  test('an account reset request names input.newPhone', async () => {
    const result = await hub.gql(`mutation RequestAccountReset($input: AccountResetInput!) { requestAccountReset(input: $input) { ticketId } }`, {
      input: { nik: BUDI.nik, fullName: BUDI.fullName, birthDate: BUDI.birthDate, newEmail: 'budi.new@example.id', newPhone: '12', reason: 'Ponsel hilang' },
    });
    expect(fieldOf(result)).toBe('input.newPhone');
  });
});

describe('taspen', () => {
  test('a submission names the applicant fields under input.applicant', async () => {
    const token = await participantToken(hub, BUDI);
    const input = await kptInput(hub, token, BUDI);
    const blankName = await hub.gql(SUBMIT_TASPEN, { input: { ...input, applicant: { ...input.applicant, fullName: ' ' } } }, { token });
    expect(fieldOf(blankName)).toBe('input.applicant.fullName');
    const otherNik = await hub.gql(SUBMIT_TASPEN, { input: { ...input, applicant: { ...input.applicant, nik: '3173051203850009' } } }, { token });
    expect(fieldOf(otherNik)).toBe('input.applicant.nik');
  });
});

describe('bpjstk', () => {
  const REGISTER_EMPLOYER = `mutation RegisterEmployer($input: EmployerRegistrationInput!) { registerEmployer(input: $input) { id } }`;
  const REGISTER_BPU = `mutation RegisterBpuParticipant($input: BpuRegistrationInput!) { registerBpuParticipant(input: $input) { id } }`;
  const SUBMIT_CLAIM = `mutation SubmitJhtClaim($input: JhtClaimInput!) { submitJhtClaim(input: $input) { id } }`;

  test('a registration names the worker by index, and a BPU registrant’s phone', async () => {
    const workers = [
      { ...JOKO, monthlyWage: 5_000_000 },
      { nik: '99', fullName: 'X', birthDate: '1990-01-01', monthlyWage: 5_000_000 },
    ];
    const employer = await hub.gql(REGISTER_EMPLOYER, { input: employerInput({ name: 'CV Jalur', email: 'hr@jalur.example.id', jkkRiskClass: 1, workers }) });
    expect(fieldOf(employer)).toBe('input.workers[1].nik');
    const bpu = await hub.gql(REGISTER_BPU, { input: bpuInput({ phone: '12', programs: ['JKK', 'JKM'] }) });
    expect(fieldOf(bpu)).toBe('input.phone');
  });

  test('a JHT claim names the bank account fields under input.bankAccount', async () => {
    const dewi = await withAccount(hub, DEWI0);
    const token = await participantToken(hub, dewi);
    const claim = (bankAccount: Record<string, string>) =>
      hub.gql(
        SUBMIT_CLAIM,
        {
          input: { reason: 'RESIGNATION', bankAccount, documents: [], idempotencyKey: randomUUID() },
        },
        { token },
      );
    expect(fieldOf(await claim({ bankCode: 'BRI', accountNumber: '12', accountName: dewi.fullName }))).toBe('input.bankAccount.accountNumber');
    expect(fieldOf(await claim({ bankCode: 'BRI', accountNumber: '0123456789', accountName: 'Orang Lain' }))).toBe('input.bankAccount.accountName');
  });
});
