// JHT full-claim eligibility (Permenaker 4/2022, see DOMAIN.md): pure rules, unit-tested.

export type ParticipantStatus = 'ACTIVE' | 'INACTIVE' | 'RETIRED' | 'PENDING_PAYMENT';
export type JhtClaimReason = 'RESIGNATION' | 'TERMINATION' | 'RETIREMENT' | 'PERMANENT_DISABILITY' | 'LEAVING_INDONESIA';
export type JhtClaimChannel = 'JMO' | 'LAPAK_ASIK';
export type JhtDocumentKind = 'KTP' | 'KPJ_CARD' | 'NPWP' | 'PAKLARING' | 'BANK_BOOK';

export interface ClaimThresholds {
  /** Balances below this go through the JMO app; from it, Lapak Asik. */
  jmoLimit: number;
  /** NPWP is required when the balance is over this. */
  npwpOver: number;
  retirementAge: number;
  /** Months after the end of employment before a resignation/termination claim. */
  waitingMonths: number;
}

export const DEFAULT_THRESHOLDS: ClaimThresholds = {
  jmoLimit: 10_000_000,
  npwpOver: 50_000_000,
  retirementAge: 56,
  waitingMonths: 1,
};

export interface EligibilityInput {
  status: ParticipantStatus;
  inactiveSince: string | null;
  birthDate: string;
  balance: number;
  /** `YYYY-MM-DD`, the hub's calendar day. */
  today: string;
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
}

const TITLES: Record<JhtDocumentKind, string> = {
  KTP: 'KTP (identity card)',
  KPJ_CARD: 'KPJ card (BPJS Ketenagakerjaan membership card)',
  PAKLARING: 'Paklaring (proof of the end of employment)',
  BANK_BOOK: 'Bank book (first page, in the participant’s name)',
  NPWP: 'NPWP (tax number card)',
};

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

const rupiah = (n: number) => `Rp ${n.toLocaleString('en-US')}`;

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
  }
  const paklaring = !retirementAge;
  const requiredDocuments: RequiredDocument[] = [
    { kind: 'KTP', title: TITLES.KTP, required: true },
    { kind: 'KPJ_CARD', title: TITLES.KPJ_CARD, required: true },
    { kind: 'BANK_BOOK', title: TITLES.BANK_BOOK, required: true },
    { kind: 'PAKLARING', title: TITLES.PAKLARING, required: paklaring },
    { kind: 'NPWP', title: TITLES.NPWP, required: input.balance > t.npwpOver },
  ];
  return { eligible, reasons, channel, requiredDocuments, allowedReasons: eligible ? [...allowed] : [] };
}

/** Documents a claim for `reason` must cite: the required ones, and paklaring for resignation/termination. */
export function documentsRequiredFor(reason: JhtClaimReason, eligibility: Eligibility): JhtDocumentKind[] {
  const kinds = new Set(eligibility.requiredDocuments.filter((d) => d.required && d.kind !== 'PAKLARING').map((d) => d.kind));
  if (reason === 'RESIGNATION' || reason === 'TERMINATION') kinds.add('PAKLARING');
  return [...kinds];
}
