// The contract's BPJS TK enums, registered once with their exact names and values.
import { registerEnumType } from 'type-graphql';

export enum BpjsTkProgram { JHT = 'JHT', JKK = 'JKK', JKM = 'JKM', JP = 'JP' }
export enum BpjsTkMembership { PU = 'PU', BPU = 'BPU' }
export enum BpjsTkParticipantStatus { ACTIVE = 'ACTIVE', INACTIVE = 'INACTIVE', RETIRED = 'RETIRED', PENDING_PAYMENT = 'PENDING_PAYMENT' }
export enum EmployerStatus { PENDING_PAYMENT = 'PENDING_PAYMENT', ACTIVE = 'ACTIVE' }
export enum JhtClaimReason {
  RESIGNATION = 'RESIGNATION', TERMINATION = 'TERMINATION', RETIREMENT = 'RETIREMENT',
  PERMANENT_DISABILITY = 'PERMANENT_DISABILITY', LEAVING_INDONESIA = 'LEAVING_INDONESIA',
  HOUSING = 'HOUSING', RETIREMENT_PREPARATION = 'RETIREMENT_PREPARATION',
}
export enum JhtClaimChannel { JMO = 'JMO', LAPAK_ASIK = 'LAPAK_ASIK' }
export enum JhtDocumentKind {
  KTP = 'KTP', KPJ_CARD = 'KPJ_CARD', NPWP = 'NPWP', PAKLARING = 'PAKLARING', BANK_BOOK = 'BANK_BOOK', HOUSING_PROOF = 'HOUSING_PROOF',
}
export enum JhtClaimStatus {
  SUBMITTED = 'SUBMITTED', VERIFIED = 'VERIFIED', APPROVED = 'APPROVED', PAID = 'PAID', REJECTED = 'REJECTED',
  NEEDS_REVISION = 'NEEDS_REVISION',
}
export enum ReviewDecision { APPROVE = 'APPROVE', REJECT = 'REJECT', REQUEST_REVISION = 'REQUEST_REVISION' }
export enum QueueService { JHT_CLAIM = 'JHT_CLAIM', REGISTRATION = 'REGISTRATION', INFORMATION = 'INFORMATION', COMPLAINT = 'COMPLAINT' }
export enum QueueTicketStatus { BOOKED = 'BOOKED', CANCELLED = 'CANCELLED', SERVED = 'SERVED', NO_SHOW = 'NO_SHOW' }
export enum KpjDeliveryChannel { SMS = 'SMS', EMAIL = 'EMAIL' }
export enum Agency { TASPEN = 'TASPEN', BPJSTK = 'BPJSTK' }

registerEnumType(BpjsTkProgram, { name: 'BpjsTkProgram', description: 'JHT old-age savings, JKK work accident, JKM death, JP pension.' });
registerEnumType(BpjsTkMembership, { name: 'BpjsTkMembership', description: 'PU: wage earner (registered by the employer); BPU: self-employed.' });
registerEnumType(BpjsTkParticipantStatus, { name: 'BpjsTkParticipantStatus' });
registerEnumType(EmployerStatus, { name: 'BpjsTkEmployerStatus' });
registerEnumType(JhtClaimReason, {
  name: 'JhtClaimReason',
  description: 'Full claims (RESIGNATION … LEAVING_INDONESIA) pay the whole balance; HOUSING (at most 30%) and RETIREMENT_PREPARATION (at most 10%) are partial claims.',
});
registerEnumType(JhtClaimChannel, { name: 'JhtClaimChannel', description: 'JMO app (balance under Rp 10,000,000) or Lapak Asik (online branch service).' });
registerEnumType(JhtDocumentKind, { name: 'JhtDocumentKind' });
registerEnumType(JhtClaimStatus, { name: 'JhtClaimStatus' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });
registerEnumType(QueueService, { name: 'QueueService' });
registerEnumType(QueueTicketStatus, { name: 'QueueTicketStatus' });
registerEnumType(KpjDeliveryChannel, { name: 'KpjDeliveryChannel' });
registerEnumType(Agency, { name: 'Agency' });
