import { partialClaimsOf, requireClaimDocuments, requireClaimNpwp, validateBankAccount } from './claim.rules';

const DEWI = { fullName: 'Dewi Lestari' };
const bank = { bankCode: 'bni', accountNumber: '0123-456 789', accountName: 'DEWI LESTARI' };
const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { field?: string }).field;
  }
  return undefined;
};
const needsNpwp = { requiredDocuments: [{ kind: 'NPWP' as const, title: 'NPWP', required: true }] };

test('a bank account in the participant’s own name is normalised; someone else’s is refused on accountName', () => {
  expect(validateBankAccount(bank, DEWI)).toEqual({ bankCode: 'BNI', accountNumber: '0123456789', accountName: 'DEWI LESTARI' });
  expect(fieldOf(() => validateBankAccount({ ...bank, accountName: 'Budi Santoso' }, DEWI))).toBe('bankAccount.accountName');
  expect(() => validateBankAccount({ ...bank, accountNumber: '12' }, DEWI)).toThrow('6 to 20 digits');
});

test('an NPWP is required only when the rules list it as required', () => {
  expect(requireClaimNpwp(null, { requiredDocuments: [] })).toBeNull();
  expect(() => requireClaimNpwp(null, needsNpwp)).toThrow('An NPWP is required');
});

test('every required document kind must be cited', () => {
  const eligibility = {
    requiredDocuments: [
      { kind: 'KTP' as const, title: 'KTP', required: true },
      { kind: 'KPJ_CARD' as const, title: 'KPJ card', required: true },
    ],
  };
  expect(() => requireClaimDocuments('RESIGNATION', [{ kind: 'KTP' }], eligibility)).toThrow('A KPJ card document is required (kind KPJ_CARD).');
  expect(() => requireClaimDocuments('RETIREMENT', [{ kind: 'KTP' }, { kind: 'KPJ_CARD' }], eligibility)).not.toThrow();
  // Leaving a job needs the paklaring (reference letter) whatever the list says.
  expect(() => requireClaimDocuments('RESIGNATION', [{ kind: 'KTP' }, { kind: 'KPJ_CARD' }], eligibility)).toThrow('kind PAKLARING');
});

test('partial claims of the membership count unless rejected; full claims and other KPJs do not', () => {
  const claims = [
    { kpj: '1', reason: 'HOUSING', status: 'SUBMITTED' },
    { kpj: '1', reason: 'RETIREMENT_PREPARATION', status: 'REJECTED' },
    { kpj: '1', reason: 'RESIGNATION', status: 'PAID' },
    { kpj: '2', reason: 'HOUSING', status: 'PAID' },
  ] as const;
  expect(partialClaimsOf(claims, '1')).toBe(1);
});
