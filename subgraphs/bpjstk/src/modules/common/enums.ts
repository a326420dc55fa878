// The contract's BPJS TK enums, registered once with their exact names and values.
import { registerEnumType } from 'type-graphql';

export enum BpjsTkProgram {
  JHT = 'JHT',
  JKK = 'JKK',
  JKM = 'JKM',
  JP = 'JP',
}
export enum BpjsTkParticipantStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  RETIRED = 'RETIRED',
  PENDING_PAYMENT = 'PENDING_PAYMENT',
}
export enum EmployerStatus {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  ACTIVE = 'ACTIVE',
}
export enum JhtClaimReason {
  RESIGNATION = 'RESIGNATION',
  TERMINATION = 'TERMINATION',
  RETIREMENT = 'RETIREMENT',
  PERMANENT_DISABILITY = 'PERMANENT_DISABILITY',
  LEAVING_INDONESIA = 'LEAVING_INDONESIA',
  HOUSING = 'HOUSING',
  RETIREMENT_PREPARATION = 'RETIREMENT_PREPARATION',
}
export enum JhtClaimChannel {
  JMO = 'JMO',
  LAPAK_ASIK = 'LAPAK_ASIK',
}
export enum JhtDocumentKind {
  KTP = 'KTP',
  KPJ_CARD = 'KPJ_CARD',
  NPWP = 'NPWP',
  PAKLARING = 'PAKLARING',
  BANK_BOOK = 'BANK_BOOK',
  HOUSING_PROOF = 'HOUSING_PROOF',
}
export enum JhtClaimStatus {
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
  REJECTED = 'REJECTED',
  NEEDS_REVISION = 'NEEDS_REVISION',
}
export enum QueueService {
  JHT_CLAIM = 'JHT_CLAIM',
  REGISTRATION = 'REGISTRATION',
  INFORMATION = 'INFORMATION',
  COMPLAINT = 'COMPLAINT',
}
export enum QueueTicketStatus {
  BOOKED = 'BOOKED',
  CANCELLED = 'CANCELLED',
  SERVED = 'SERVED',
  NO_SHOW = 'NO_SHOW',
}
export enum KpjDeliveryChannel {
  SMS = 'SMS',
  EMAIL = 'EMAIL',
}

registerEnumType(BpjsTkProgram, {
  name: 'BpjsTkProgram',
  description: 'JHT old-age savings, JKK work accident, JKM death, JP pension.',
  valuesConfig: {
    JHT: { description: 'Jaminan Hari Tua: old-age savings, paid out as a lump sum by a JHT claim.' },
    JKK: { description: 'Jaminan Kecelakaan Kerja: care and benefits after a work accident or occupational disease.' },
    JKM: { description: 'Jaminan Kematian: benefits to the heirs when the participant dies.' },
    JP: { description: 'Jaminan Pensiun: a monthly pension from retirement age, for wage earners (PU) only.' },
  },
});
registerEnumType(BpjsTkParticipantStatus, {
  name: 'BpjsTkParticipantStatus',
  description: 'Where a BPJS TK participation stands.',
  valuesConfig: {
    ACTIVE: { description: 'Participating: registered, with the first contribution paid.' },
    INACTIVE: { description: 'The employment ended (see inactiveSince); the JHT balance stays until it is claimed.' },
    RETIRED: { description: 'Retired: counts as having reached retirement age for a JHT claim.' },
    PENDING_PAYMENT: { description: 'Registered, but the payment code of the first contribution is not paid yet.' },
  },
});
registerEnumType(EmployerStatus, {
  name: 'BpjsTkEmployerStatus',
  description: 'Whether an employer’s registration has been paid.',
  valuesConfig: {
    PENDING_PAYMENT: { description: 'Registered, but the payment code is not paid yet.' },
    ACTIVE: { description: 'The payment code was paid: the employer participates.' },
  },
});
registerEnumType(JhtClaimReason, {
  name: 'JhtClaimReason',
  description:
    'Full claims (RESIGNATION … LEAVING_INDONESIA) pay the whole balance; HOUSING (at most 30%) and RETIREMENT_PREPARATION (at most 10%) are partial claims.',
  valuesConfig: {
    RESIGNATION: { description: 'Full claim: the participant resigned from the job.' },
    TERMINATION: { description: 'Full claim: the employer ended the employment.' },
    RETIREMENT: { description: 'Full claim: the participant reached the retirement age of 56 or retired.' },
    PERMANENT_DISABILITY: { description: 'Full claim: the participant is permanently and totally disabled.' },
    LEAVING_INDONESIA: { description: 'Full claim: the participant leaves Indonesia for good.' },
    HOUSING: { description: 'Partial claim, at most 30% of the balance, towards a home (after ten years of membership, once per membership).' },
    RETIREMENT_PREPARATION: {
      description: 'Partial claim, at most 10% of the balance, to prepare for retirement (after ten years of membership, once per membership).',
    },
  },
});
registerEnumType(JhtClaimChannel, {
  name: 'JhtClaimChannel',
  description: 'JMO app (balance under Rp 10,000,000) or Lapak Asik (online branch service).',
  valuesConfig: {
    JMO: { description: 'The JMO (Jamsostek Mobile) app: for a balance under Rp 10,000,000.' },
    LAPAK_ASIK: { description: 'Lapak Asik, the online branch service: for a balance of Rp 10,000,000 or more.' },
  },
});
registerEnumType(JhtDocumentKind, {
  name: 'JhtDocumentKind',
  description: 'A kind of document a JHT claim cites (as an upload).',
  valuesConfig: {
    KTP: { description: 'KTP: the Indonesian identity card.' },
    KPJ_CARD: { description: 'The KPJ card: the BPJS Ketenagakerjaan membership card.' },
    NPWP: { description: 'NPWP: the tax number card.' },
    PAKLARING: { description: 'Paklaring: the employer’s letter proving the end of employment.' },
    BANK_BOOK: { description: 'The first page of the bank book, in the participant’s name.' },
    HOUSING_PROOF: { description: 'Proof of the home purchase or build (sale agreement, credit agreement or building permit).' },
  },
});
registerEnumType(JhtClaimStatus, {
  name: 'JhtClaimStatus',
  description: 'Where a JHT claim is in its review: SUBMITTED → VERIFIED → APPROVED → PAID, or REJECTED, or back to the participant (NEEDS_REVISION).',
  valuesConfig: {
    SUBMITTED: { description: 'Submitted (or revised) by the participant, waiting for an officer.' },
    VERIFIED: { description: 'An officer checked the claim and its documents.' },
    APPROVED: { description: 'Approved for payment; another officer records the payment.' },
    PAID: { description: 'Paid to the claim’s bank account (final).' },
    REJECTED: { description: 'Rejected by an officer (final).' },
    NEEDS_REVISION: { description: 'Sent back to the participant, who answers with reviseJhtClaim.' },
  },
});
registerEnumType(QueueService, {
  name: 'QueueService',
  description: 'A service at a branch office counter, each with its own queue.',
  valuesConfig: {
    JHT_CLAIM: { description: 'A JHT (old-age savings) claim.' },
    REGISTRATION: { description: 'Registering as a participant or an employer.' },
    INFORMATION: { description: 'Questions and information.' },
    COMPLAINT: { description: 'A complaint.' },
  },
});
registerEnumType(QueueTicketStatus, {
  name: 'QueueTicketStatus',
  description: 'Where a queue ticket stands.',
  valuesConfig: {
    BOOKED: { description: 'Booked and still to come; only a booked ticket can be cancelled.' },
    CANCELLED: { description: 'Cancelled by its holder.' },
    SERVED: { description: 'The holder was served at the branch.' },
    NO_SHOW: { description: 'The holder did not come.' },
  },
});
registerEnumType(KpjDeliveryChannel, {
  name: 'KpjDeliveryChannel',
  description: 'How a recovered KPJ was sent.',
  valuesConfig: {
    SMS: { description: 'By SMS to the phone number on record.' },
    EMAIL: { description: 'By e-mail to the address on record.' },
  },
});

// Shared with the other subgraphs (one definition, one description): see subgraphs/domain.
export { Agency } from '#domain/agency';
export { BpjsTkMembership } from '#domain/bpjstk-membership';
export { ReviewDecision } from '#domain/review-decision';
