// The contract's BPJS TK enums, registered once with their exact names and values.
import { registerEnum } from '#platform/federation/enums';

export enum BpjsTkProgram {
  JHT = 'JHT',
  JKK = 'JKK',
  JKM = 'JKM',
  JP = 'JP',
}
registerEnum(BpjsTkProgram, 'BpjsTkProgram', 'JHT old-age savings, JKK work accident, JKM death, JP pension.', {
  JHT: 'Jaminan Hari Tua: old-age savings, paid out as a lump sum by a JHT claim.',
  JKK: 'Jaminan Kecelakaan Kerja: care and benefits after a work accident or occupational disease.',
  JKM: 'Jaminan Kematian: benefits to the heirs when the participant dies.',
  JP: 'Jaminan Pensiun: a monthly pension from retirement age, for wage earners (PU) only.',
});

export enum BpjsTkParticipantStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  RETIRED = 'RETIRED',
  PENDING_PAYMENT = 'PENDING_PAYMENT',
}
registerEnum(BpjsTkParticipantStatus, 'BpjsTkParticipantStatus', 'Where a BPJS TK participation stands.', {
  ACTIVE: 'Participating: registered, with the first contribution paid.',
  INACTIVE: 'The employment ended (see inactiveSince); the JHT balance stays until it is claimed.',
  RETIRED: 'Retired: counts as having reached retirement age for a JHT claim.',
  PENDING_PAYMENT: 'Registered, but the payment code of the first contribution is not paid yet.',
});

export enum EmployerStatus {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  ACTIVE = 'ACTIVE',
}
registerEnum(EmployerStatus, 'BpjsTkEmployerStatus', 'Whether an employer’s registration has been paid.', {
  PENDING_PAYMENT: 'Registered, but the payment code is not paid yet.',
  ACTIVE: 'The payment code was paid: the employer participates.',
});

export enum JhtClaimReason {
  RESIGNATION = 'RESIGNATION',
  TERMINATION = 'TERMINATION',
  RETIREMENT = 'RETIREMENT',
  PERMANENT_DISABILITY = 'PERMANENT_DISABILITY',
  LEAVING_INDONESIA = 'LEAVING_INDONESIA',
  HOUSING = 'HOUSING',
  RETIREMENT_PREPARATION = 'RETIREMENT_PREPARATION',
}
registerEnum(
  JhtClaimReason,
  'JhtClaimReason',
  'Full claims (RESIGNATION … LEAVING_INDONESIA) pay the whole balance; HOUSING (at most 30%) and RETIREMENT_PREPARATION (at most 10%) are partial claims.',
  {
    RESIGNATION: 'Full claim: the participant resigned from the job.',
    TERMINATION: 'Full claim: the employer ended the employment.',
    RETIREMENT: 'Full claim: the participant reached the retirement age of 56 or retired.',
    PERMANENT_DISABILITY: 'Full claim: the participant is permanently and totally disabled.',
    LEAVING_INDONESIA: 'Full claim: the participant leaves Indonesia for good.',
    HOUSING: 'Partial claim, at most 30% of the balance, towards a home (after ten years of membership, once per membership).',
    RETIREMENT_PREPARATION: 'Partial claim, at most 10% of the balance, to prepare for retirement (after ten years of membership, once per membership).',
  },
);

export enum JhtClaimChannel {
  JMO = 'JMO',
  LAPAK_ASIK = 'LAPAK_ASIK',
}
registerEnum(JhtClaimChannel, 'JhtClaimChannel', 'JMO app (balance under Rp 10,000,000) or Lapak Asik (online branch service).', {
  JMO: 'The JMO (Jamsostek Mobile) app: for a balance under Rp 10,000,000.',
  LAPAK_ASIK: 'Lapak Asik, the online branch service: for a balance of Rp 10,000,000 or more.',
});

export enum JhtDocumentKind {
  KTP = 'KTP',
  KPJ_CARD = 'KPJ_CARD',
  NPWP = 'NPWP',
  PAKLARING = 'PAKLARING',
  BANK_BOOK = 'BANK_BOOK',
  HOUSING_PROOF = 'HOUSING_PROOF',
}
registerEnum(JhtDocumentKind, 'JhtDocumentKind', 'A kind of document a JHT claim cites (as an upload).', {
  KTP: 'KTP: the Indonesian identity card.',
  KPJ_CARD: 'The KPJ card: the BPJS Ketenagakerjaan membership card.',
  NPWP: 'NPWP: the tax number card.',
  PAKLARING: 'Paklaring: the employer’s letter proving the end of employment.',
  BANK_BOOK: 'The first page of the bank book, in the participant’s name.',
  HOUSING_PROOF: 'Proof of the home purchase or build (sale agreement, credit agreement or building permit).',
});

export enum JhtClaimStatus {
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
  REJECTED = 'REJECTED',
  NEEDS_REVISION = 'NEEDS_REVISION',
}
registerEnum(
  JhtClaimStatus,
  'JhtClaimStatus',
  'Where a JHT claim is in its review: SUBMITTED → VERIFIED → APPROVED → PAID, or REJECTED, or back to the participant (NEEDS_REVISION).',
  {
    SUBMITTED: 'Submitted (or revised) by the participant, waiting for an officer.',
    VERIFIED: 'An officer checked the claim and its documents.',
    APPROVED: 'Approved for payment; another officer records the payment.',
    PAID: 'Paid to the claim’s bank account (final).',
    REJECTED: 'Rejected by an officer (final).',
    NEEDS_REVISION: 'Sent back to the participant, who answers with reviseJhtClaim.',
  },
);

export enum QueueService {
  JHT_CLAIM = 'JHT_CLAIM',
  REGISTRATION = 'REGISTRATION',
  INFORMATION = 'INFORMATION',
  COMPLAINT = 'COMPLAINT',
}
registerEnum(QueueService, 'QueueService', 'A service at a branch office counter, each with its own queue.', {
  JHT_CLAIM: 'A JHT (old-age savings) claim.',
  REGISTRATION: 'Registering as a participant or an employer.',
  INFORMATION: 'Questions and information.',
  COMPLAINT: 'A complaint.',
});

export enum QueueTicketStatus {
  BOOKED = 'BOOKED',
  CANCELLED = 'CANCELLED',
  SERVED = 'SERVED',
  NO_SHOW = 'NO_SHOW',
}
registerEnum(QueueTicketStatus, 'QueueTicketStatus', 'Where a queue ticket stands.', {
  BOOKED: 'Booked and still to come; only a booked ticket can be cancelled.',
  CANCELLED: 'Cancelled by its holder.',
  SERVED: 'The holder was served at the branch.',
  NO_SHOW: 'The holder did not come.',
});

export enum KpjDeliveryChannel {
  SMS = 'SMS',
  EMAIL = 'EMAIL',
}
registerEnum(KpjDeliveryChannel, 'KpjDeliveryChannel', 'How a recovered KPJ was sent.', {
  SMS: 'By SMS to the phone number on record.',
  EMAIL: 'By e-mail to the address on record.',
});

// Shared with the other subgraphs (one definition, one description): see subgraphs/domain.
export { Agency } from '#domain/agency';
export { BpjsTkMembership } from '#domain/bpjstk-membership';
export { ReviewDecision } from '#domain/review-decision';
