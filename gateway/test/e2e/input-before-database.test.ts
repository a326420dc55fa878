// Every input rule is checked before the database: a value the database would refuse is BAD_USER_INPUT
// naming the field, never an INTERNAL_SERVER_ERROR from a constraint.
import { randomUUID } from 'node:crypto';
import { startTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ OUTBOX_POLL_MS: '3600000' });
});

afterAll(async () => {
  await hub?.close();
});

const REGISTER_EMPLOYER = `mutation RegisterEmployer($input: EmployerRegistrationInput!) {
  registerEmployer(input: $input) { id paymentCode { amount } }
}`;

const JOKO = { nik: '3273011010880002', fullName: 'Joko Prasetyo', birthDate: '1988-10-10' };

test('a monthly wage too small to give a contribution is BAD_USER_INPUT on input.workers[0].monthlyWage', async () => {
  const result = await hub.gql(REGISTER_EMPLOYER, {
    input: {
      name: 'CV Kecil', npwp: '01.312.166.0-091.000', nib: '1234567890123', ownerNik: JOKO.nik, ownerName: JOKO.fullName,
      address: 'Jl. Industri 5', city: 'Medan', email: 'hr@kecil.example.id', phone: '+6281298765432', jkkRiskClass: 1,
      programs: ['JHT', 'JKK', 'JKM'], workers: [{ ...JOKO, monthlyWage: 1 }], idempotencyKey: randomUUID(),
    },
  });
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workers[0].monthlyWage' });
  expect(result.errors?.[0].message).toMatch(/workers\[0\]\.monthlyWage/);
});

test('a variable that fails its type names the whole input path in extensions.field', async () => {
  const result = await hub.gql(
    `mutation Submit($input: TaspenSubmissionInput!) { submitTaspenSubmission(input: $input) { id } }`,
    {
      input: {
        type: 'KPT', nip: '198503122010011001', email: 'budi@example.id', ktpPhotoDocumentId: 'x', selfieWithKtpDocumentId: 'y',
        documents: [], applicant: { relation: 'SELF', fullName: 'Budi Santoso', nik: '3173051203850001', birthDate: '12-03-1985' },
      },
    },
  );
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicant.birthDate' });
});
