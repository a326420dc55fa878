// JHT full-claim eligibility (Permenaker 4/2022, see DOMAIN.md): pure rules, unit-tested. Partial claims
// (HOUSING, RETIREMENT_PREPARATION) are in claim.partial.ts; `eligibilityFor` picks by reason.

import type * as Enums from '../common/enums';

// The enums' values as literals (the rules are written with them; an enum member is one of them).
export type ParticipantStatus = `${Enums.BpjsTkParticipantStatus}`;
export type JhtClaimReason = `${Enums.JhtClaimReason}`;
export type PartialClaimReason = Extract<JhtClaimReason, 'HOUSING' | 'RETIREMENT_PREPARATION'>;
export type FullClaimReason = Exclude<JhtClaimReason, PartialClaimReason>;
export type JhtClaimChannel = `${Enums.JhtClaimChannel}`;
export type JhtDocumentKind = `${Enums.JhtDocumentKind}`;

export interface ClaimThresholds {
  /** Balances below this go through the JMO app; from it, Lapak Asik. */
  jmoLimit: number;
  /** NPWP is required when the balance is over this. */
  npwpOver: number;
  retirementAge: number;
  /** Months after the end of employment before a resignation/termination claim. */
  waitingMonths: number;
  /** Years of membership a partial claim needs (PP 46/2015 art. 22). */
  partialMinYears: number;
  /** The most a partial claim pays, in percent of the balance, per reason. */
  partialPercent: Record<PartialClaimReason, number>;
}

export const DEFAULT_THRESHOLDS: ClaimThresholds = {
  jmoLimit: 10_000_000,
  npwpOver: 50_000_000,
  retirementAge: 56,
  waitingMonths: 1,
  partialMinYears: 10,
  partialPercent: { HOUSING: 30, RETIREMENT_PREPARATION: 10 },
};

export interface EligibilityInput {
  status: ParticipantStatus;
  inactiveSince: string | null;
  birthDate: string;
  balance: number;
  /** `YYYY-MM-DD`, the hub's calendar day. */
  today: string;
  /** First day of the membership, when on record. */
  memberSince?: string | null;
  /** Partial claims of this membership that were not rejected (any status from SUBMITTED to PAID). */
  partialClaims?: number;
}

export interface RequiredDocument {
  kind: JhtDocumentKind;
  title: string;
  required: boolean;
}

export interface Eligibility {
  eligible: boolean;
  reasons: string[];
  channel: JhtClaimChannel;
  requiredDocuments: RequiredDocument[];
  /** Claim reasons the participant may choose now. */
  allowedReasons: JhtClaimReason[];
  /** The most this claim pays, whole rupiah: the balance (full claim) or its percentage, rounded down (partial). */
  maxAmount: number;
}

const TITLES: Record<JhtDocumentKind, string> = {
  KTP: 'KTP (identity card)',
  KPJ_CARD: 'KPJ card (BPJS Ketenagakerjaan membership card)',
  PAKLARING: 'Paklaring (proof of the end of employment)',
  BANK_BOOK: 'Bank book (first page, in the participant’s name)',
  NPWP: 'NPWP (tax number card)',
  HOUSING_PROOF: 'Proof of the home purchase or build (sale agreement, credit agreement or building permit)',
};

export const DOCUMENT_TITLES: Readonly<Record<JhtDocumentKind, string>> = TITLES;

/** NPWP is needed over the threshold, and by anyone who has made a partial claim before (seed 004). */
export function npwpRequired(input: Pick<EligibilityInput, 'balance' | 'partialClaims'>, t: ClaimThresholds = DEFAULT_THRESHOLDS): boolean {
  return input.balance > t.npwpOver || (input.partialClaims ?? 0) > 0;
}

export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** `date` plus whole months, clamped to the end of the target month (31 Aug + 1 month = 30 Sep). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export function claimChannel(balance: number, t: ClaimThresholds = DEFAULT_THRESHOLDS): JhtClaimChannel {
  return balance < t.jmoLimit ? 'JMO' : 'LAPAK_ASIK';
}

export const rupiah = (n: number) => `Rp ${n.toLocaleString('en-US')}`;

export function jhtClaimEligibility(input: EligibilityInput, t: ClaimThresholds = DEFAULT_THRESHOLDS): Eligibility {
  const reasons: string[] = [];
  const allowed = new Set<JhtClaimReason>();
  const age = ageOn(input.birthDate, input.today);
  const retirementAge = age >= t.retirementAge || input.status === 'RETIRED';

  if (retirementAge) {
    reasons.push(`The participant has reached the retirement age of ${t.retirementAge}.`);
    allowed.add('RETIREMENT');
  }
  if (input.status === 'ACTIVE' && !retirementAge) {
    reasons.push('The participation is still active: a full JHT claim needs the employment to have ended.');
  } else if (input.status === 'PENDING_PAYMENT') {
    reasons.push('The participation is not active yet: the first contribution has not been paid.');
  } else if (input.status === 'INACTIVE') {
    if (!input.inactiveSince) {
      reasons.push('The end of employment is not on record.');
    } else {
      const from = addMonths(input.inactiveSince, t.waitingMonths);
      if (input.today >= from) {
        reasons.push(`Employment ended on ${input.inactiveSince}, more than ${t.waitingMonths} month ago.`);
        for (const r of ['RESIGNATION', 'TERMINATION', 'PERMANENT_DISABILITY', 'LEAVING_INDONESIA'] as const) allowed.add(r);
      } else {
        reasons.push(`Employment ended on ${input.inactiveSince}: a claim is possible from ${from} (${t.waitingMonths}-month waiting period).`);
      }
    }
  }
  if (input.balance <= 0) reasons.push('The JHT balance is empty.');

  const eligible = allowed.size > 0 && input.balance > 0 && input.status !== 'PENDING_PAYMENT';
  const channel = claimChannel(input.balance, t);
  if (eligible) {
    reasons.push(
      channel === 'JMO'
        ? `The balance is under ${rupiah(t.jmoLimit)}: claim in the JMO app.`
        : `The balance is ${rupiah(t.jmoLimit)} or more: claim through Lapak Asik (online branch service).`,
    );
    if (input.balance > t.npwpOver) reasons.push(`The balance is over ${rupiah(t.npwpOver)}: an NPWP is required.`);
    else if (npwpRequired(input, t)) reasons.push('A partial claim was made before: an NPWP is required.');
  }
  const paklaring = !retirementAge;
  const requiredDocuments: RequiredDocument[] = [
    { kind: 'KTP', title: TITLES.KTP, required: true },
    { kind: 'KPJ_CARD', title: TITLES.KPJ_CARD, required: true },
    { kind: 'BANK_BOOK', title: TITLES.BANK_BOOK, required: true },
    { kind: 'PAKLARING', title: TITLES.PAKLARING, required: paklaring },
    { kind: 'NPWP', title: TITLES.NPWP, required: npwpRequired(input, t) },
  ];
  return { eligible, reasons, channel, requiredDocuments, allowedReasons: eligible ? [...allowed] : [], maxAmount: Math.max(0, input.balance) };
}

/** Documents a claim for `reason` must cite: the required ones, and paklaring for resignation/termination. */
export function documentsRequiredFor(reason: JhtClaimReason, eligibility: Pick<Eligibility, 'requiredDocuments'>): JhtDocumentKind[] {
  const kinds = new Set(eligibility.requiredDocuments.filter((d) => d.required && d.kind !== 'PAKLARING').map((d) => d.kind));
  if (reason === 'RESIGNATION' || reason === 'TERMINATION') kinds.add('PAKLARING');
  return [...kinds];
}

/** The full-claim answer for one reason: eligible only when that reason applies now. */
export function fullClaimEligibilityFor(reason: FullClaimReason, input: EligibilityInput, t: ClaimThresholds = DEFAULT_THRESHOLDS): Eligibility {
  const full = jhtClaimEligibility(input, t);
  if (!full.eligible || full.allowedReasons.includes(reason)) return full;
  return {
    ...full,
    eligible: false,
    reasons: [...full.reasons, `${reason} does not apply now; possible reasons: ${full.allowedReasons.join(', ')}.`],
    allowedReasons: [],
  };
}
