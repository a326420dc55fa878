// Partial JHT claims (PP 46/2015 art. 22, Permenaker 4/2022): up to 30% of the balance for home
// ownership (HOUSING) or 10% to prepare for retirement (RETIREMENT_PREPARATION), for participants with
// at least ten years of membership, ACTIVE or not, once in a membership. Pure rules, unit-tested.
import {
  ageOn,
  claimChannel,
  DEFAULT_THRESHOLDS,
  DOCUMENT_TITLES,
  fullClaimEligibilityFor,
  jhtClaimEligibility,
  npwpRequired,
  rupiah,
  type ClaimThresholds,
  type Eligibility,
  type EligibilityInput,
  type JhtClaimReason,
  type PartialClaimReason,
  type RequiredDocument,
} from './claim.eligibility';

export const PARTIAL_REASONS: readonly PartialClaimReason[] = ['HOUSING', 'RETIREMENT_PREPARATION'];

export function isPartialReason(reason: string | null | undefined): reason is PartialClaimReason {
  return PARTIAL_REASONS.includes(reason as PartialClaimReason);
}

/**
 * Whole years of membership: from memberSince to the end of the last employment when the participation
 * is no longer active, otherwise to today. Years without contributions after leaving do not count.
 */
export function membershipYears(input: Pick<EligibilityInput, 'status' | 'inactiveSince' | 'today'>, memberSince: string): number {
  const until = input.status !== 'ACTIVE' && input.inactiveSince && input.inactiveSince < input.today ? input.inactiveSince : input.today;
  return Math.max(0, ageOn(memberSince, until));
}

/** The most a partial claim for `reason` pays: its percentage of the balance, rounded down to the rupiah. */
export function partialMaxAmount(reason: PartialClaimReason, balance: number, t: ClaimThresholds = DEFAULT_THRESHOLDS): number {
  return balance > 0 ? Math.floor((balance * t.partialPercent[reason]) / 100) : 0;
}

export function partialClaimEligibility(reason: PartialClaimReason, input: EligibilityInput, t: ClaimThresholds = DEFAULT_THRESHOLDS): Eligibility {
  const reasons: string[] = [];
  let eligible = true;
  const refuse = (why: string) => {
    eligible = false;
    reasons.push(why);
  };
  if (input.status === 'PENDING_PAYMENT') refuse('The participation is not active yet: the first contribution has not been paid.');
  if (!input.memberSince) {
    refuse('The start of the membership is not on record.');
  } else {
    const years = membershipYears(input, input.memberSince);
    if (years < t.partialMinYears) {
      refuse(`${years} years of membership since ${input.memberSince}: a partial claim needs at least ${t.partialMinYears}.`);
    } else {
      reasons.push(`${years} years of membership since ${input.memberSince} (at least ${t.partialMinYears}).`);
    }
  }
  if ((input.partialClaims ?? 0) > 0) refuse('A partial JHT claim was already made in this membership: only one is possible.');
  const maxAmount = partialMaxAmount(reason, input.balance, t);
  if (maxAmount <= 0) refuse('The JHT balance is empty.');
  const channel = claimChannel(input.balance, t);
  if (eligible) {
    reasons.push(`At most ${t.partialPercent[reason]}% of the balance: ${rupiah(maxAmount)}.`);
    reasons.push(channel === 'JMO' ? 'Claim in the JMO app.' : 'Claim through Lapak Asik (online branch service).');
    if (npwpRequired(input, t)) reasons.push(`The balance is over ${rupiah(t.npwpOver)}: an NPWP is required.`);
  }
  const required = (kind: RequiredDocument['kind'], isRequired = true): RequiredDocument => ({ kind, title: DOCUMENT_TITLES[kind], required: isRequired });
  const requiredDocuments = [required('KTP'), required('KPJ_CARD'), required('BANK_BOOK')];
  if (reason === 'HOUSING') requiredDocuments.push(required('HOUSING_PROOF'));
  requiredDocuments.push(required('NPWP', npwpRequired(input, t)));
  return { eligible, reasons, channel, requiredDocuments, allowedReasons: eligible ? [reason] : [], maxAmount: eligible ? maxAmount : 0 };
}

/** Eligibility for one reason (partial or full), or for a full claim when no reason is given. */
export function eligibilityFor(reason: JhtClaimReason | null | undefined, input: EligibilityInput, t: ClaimThresholds = DEFAULT_THRESHOLDS): Eligibility {
  if (isPartialReason(reason)) return partialClaimEligibility(reason, input, t);
  return reason ? fullClaimEligibilityFor(reason, input, t) : jhtClaimEligibility(input, t);
}

/** The amount a claim pays: the balance (full), or `asked` up to the partial maximum (default the maximum). */
export function claimAmount(
  reason: JhtClaimReason,
  asked: number | null | undefined,
  eligibility: Pick<Eligibility, 'maxAmount'>,
): { ok: true; amount: number } | { ok: false; message: string } {
  if (asked === null || asked === undefined) return { ok: true, amount: eligibility.maxAmount };
  if (!Number.isSafeInteger(asked) || asked <= 0) return { ok: false, message: 'amount must be a whole number of rupiah above 0.' };
  if (!isPartialReason(reason)) {
    return asked === eligibility.maxAmount
      ? { ok: true, amount: asked }
      : { ok: false, message: `A full claim pays the whole balance (${rupiah(eligibility.maxAmount)}); leave amount out.` };
  }
  if (asked > eligibility.maxAmount) return { ok: false, message: `amount is above the most this claim can pay (${rupiah(eligibility.maxAmount)}).` };
  return { ok: true, amount: asked };
}
