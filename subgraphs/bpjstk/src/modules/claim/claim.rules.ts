// What a claim's input must satisfy, as pure functions: the bank account in the participant's name, the
// NPWP when the rules require it, every document kind the claim needs, "once in a membership".
import { BadInputError } from '#platform/errors';
import { requireText } from '#platform/validation/require';
import { requireNpwp } from '#domain/require-identifiers';
import type { BpjsTkParticipantRecord } from '../participant/participant.entity';
import { namesMatch } from '#platform/validation/names';
import { documentsRequiredFor, type Eligibility, type JhtClaimReason } from './claim.eligibility';
import type { JhtClaimRecord } from './claim.entity';
import type { BankAccountInput } from './claim.inputs';
import { isPartialReason } from './claim.partial';

/** Partial claims of this membership (KPJ) that were not rejected: they count against "once in a membership". */
export function partialClaimsOf(claims: readonly Pick<JhtClaimRecord, 'kpj' | 'reason' | 'status'>[], kpj: string): number {
  return claims.filter((c) => c.kpj === kpj && isPartialReason(c.reason) && c.status !== 'REJECTED').length;
}

export function validateBankAccount(input: BankAccountInput, participant: Pick<BpjsTkParticipantRecord, 'fullName'>) {
  const bankCode = requireText('bankAccount.bankCode', input.bankCode, 10).toUpperCase();
  if (!/^[A-Z0-9]{3,10}$/.test(bankCode)) throw new BadInputError('bankAccount.bankCode', 'bankCode must be a bank code of 3 to 10 letters or digits.');
  const accountNumber = input.accountNumber.replace(/[\s-]/g, '');
  if (!/^\d{6,20}$/.test(accountNumber)) throw new BadInputError('bankAccount.accountNumber', 'accountNumber must be 6 to 20 digits.');
  const accountName = requireText('bankAccount.accountName', input.accountName);
  if (!namesMatch(accountName, participant.fullName)) {
    throw new BadInputError('bankAccount.accountName', 'The bank account must be in the participant’s own name.');
  }
  return { bankCode, accountNumber, accountName };
}

/** The NPWP when one is given (validated), refusing its absence when the rules require it. */
export function requireClaimNpwp(raw: string | null | undefined, eligibility: Pick<Eligibility, 'requiredDocuments'>): string | null {
  const npwp = raw ? requireNpwp('npwp', raw) : null;
  if (!npwp && eligibility.requiredDocuments.some((d) => d.kind === 'NPWP' && d.required)) {
    throw new BadInputError('npwp', 'An NPWP is required for a balance over Rp 50,000,000 or after a partial claim.');
  }
  return npwp;
}

/** Every document kind the claim needs must be cited. */
export function requireClaimDocuments(
  reason: JhtClaimReason,
  documents: readonly { kind: string }[],
  eligibility: Pick<Eligibility, 'requiredDocuments'>,
): void {
  const cited = new Set(documents.map((d) => d.kind));
  for (const kind of documentsRequiredFor(reason, eligibility)) {
    if (!cited.has(kind)) {
      const title = eligibility.requiredDocuments.find((d) => d.kind === kind)?.title ?? kind;
      throw new BadInputError('documents', `A ${title} document is required (kind ${kind}).`);
    }
  }
}
