// The contract's BPJS TK enums, registered once with their exact names and values.
import { registerEnum, type EnumValue } from '#platform/federation/enums';

export const BpjsTkProgram = registerEnum('BpjsTkProgram', 'JHT old-age savings, JKK work accident, JKM death, JP pension.', {
  JHT: 'Jaminan Hari Tua: old-age savings, paid out as a lump sum by a JHT claim.',
  JKK: 'Jaminan Kecelakaan Kerja: care and benefits after a work accident or occupational disease.',
  JKM: 'Jaminan Kematian: benefits to the heirs when the participant dies.',
  JP: 'Jaminan Pensiun: a monthly pension from retirement age, for wage earners (PU) only.',
});
export type BpjsTkProgram = EnumValue<typeof BpjsTkProgram>;

export const BpjsTkParticipantStatus = registerEnum('BpjsTkParticipantStatus', 'Where a BPJS TK participation stands.', {
  ACTIVE: 'Participating: registered, with the first contribution paid.',
  INACTIVE: 'The employment ended (see inactiveSince); the JHT balance stays until it is claimed.',
  RETIRED: 'Retired: counts as having reached retirement age for a JHT claim.',
  PENDING_PAYMENT: 'Registered, but the payment code of the first contribution is not paid yet.',
});
export type BpjsTkParticipantStatus = EnumValue<typeof BpjsTkParticipantStatus>;

export const EmployerStatus = registerEnum('BpjsTkEmployerStatus', 'Whether an employer’s registration has been paid.', {
  PENDING_PAYMENT: 'Registered, but the payment code is not paid yet.',
  ACTIVE: 'The payment code was paid: the employer participates.',
});
export type EmployerStatus = EnumValue<typeof EmployerStatus>;

export const JhtClaimReason = registerEnum(
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
export type JhtClaimReason = EnumValue<typeof JhtClaimReason>;

export const JhtClaimChannel = registerEnum('JhtClaimChannel', 'JMO app (balance under Rp 10,000,000) or Lapak Asik (online branch service).', {
  JMO: 'The JMO (Jamsostek Mobile) app: for a balance under Rp 10,000,000.',
  LAPAK_ASIK: 'Lapak Asik, the online branch service: for a balance of Rp 10,000,000 or more.',
});
export type JhtClaimChannel = EnumValue<typeof JhtClaimChannel>;

export const JhtDocumentKind = registerEnum('JhtDocumentKind', 'A kind of document a JHT claim cites (as an upload).', {
  KTP: 'KTP: the Indonesian identity card.',
  KPJ_CARD: 'The KPJ card: the BPJS Ketenagakerjaan membership card.',
  NPWP: 'NPWP: the tax number card.',
  PAKLARING: 'Paklaring: the employer’s letter proving the end of employment.',
  BANK_BOOK: 'The first page of the bank book, in the participant’s name.',
  HOUSING_PROOF: 'Proof of the home purchase or build (sale agreement, credit agreement or building permit).',
});
export type JhtDocumentKind = EnumValue<typeof JhtDocumentKind>;

export const JhtClaimStatus = registerEnum(
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
export type JhtClaimStatus = EnumValue<typeof JhtClaimStatus>;

export const QueueService = registerEnum('QueueService', 'A service at a branch office counter, each with its own queue.', {
  JHT_CLAIM: 'A JHT (old-age savings) claim.',
  REGISTRATION: 'Registering as a participant or an employer.',
  INFORMATION: 'Questions and information.',
  COMPLAINT: 'A complaint.',
});
export type QueueService = EnumValue<typeof QueueService>;

export const QueueTicketStatus = registerEnum('QueueTicketStatus', 'Where a queue ticket stands.', {
  BOOKED: 'Booked and still to come; only a booked ticket can be cancelled.',
  CANCELLED: 'Cancelled by its holder.',
  SERVED: 'The holder was served at the branch.',
  NO_SHOW: 'The holder did not come.',
});
export type QueueTicketStatus = EnumValue<typeof QueueTicketStatus>;

export const KpjDeliveryChannel = registerEnum('KpjDeliveryChannel', 'How a recovered KPJ was sent.', {
  SMS: 'By SMS to the phone number on record.',
  EMAIL: 'By e-mail to the address on record.',
});
export type KpjDeliveryChannel = EnumValue<typeof KpjDeliveryChannel>;

// Shared with the other subgraphs (one definition, one description): see subgraphs/domain.
export { Agency } from '#domain/agency';
export { BpjsTkMembership } from '#domain/bpjstk-membership';
export { ReviewDecision } from '#domain/review-decision';
