// Enums of the contract that identity exposes (names and values are fixed by the consumer contract).
import { registerEnum } from '#platform/federation/enums';

export enum OtpChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
  MANUAL = 'MANUAL',
}
registerEnum(OtpChannel, 'OtpChannel', 'How a one-time code reached the person.', {
  EMAIL: 'Sent by e-mail.',
  SMS: 'Sent by SMS to the mobile number.',
  MANUAL: 'Issued by hand by an officer and handed to the person (when SMS does not arrive).',
});

export enum RegistrationStep {
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  PROVIDE_IDENTITY = 'PROVIDE_IDENTITY',
  SET_PHONE = 'SET_PHONE',
  VERIFY_PHONE = 'VERIFY_PHONE',
  SET_PASSWORD = 'SET_PASSWORD',
  DONE = 'DONE',
}
registerEnum(RegistrationStep, 'RegistrationStep', 'What a registration needs next.', {
  VERIFY_EMAIL: 'Enter the code e-mailed to you (`verifyRegistrationOtp`).',
  PROVIDE_IDENTITY: 'Give NIK, name and birth date as on the KTP, plus NIP or KPJ (`provideRegistrationIdentity`).',
  SET_PHONE: 'Give the mobile number (`setRegistrationPhone`).',
  VERIFY_PHONE: 'Enter the code texted to the phone, or one an officer issued by hand (`verifyRegistrationOtp`).',
  SET_PASSWORD: 'Choose the password (`completeRegistration`).',
  DONE: 'Complete: the account exists and `completeRegistration` has signed it in.',
});

// Shared with the other subgraphs (one definition, one description): see subgraphs/domain.
export { Agency } from '#domain/agency';
export { BpjsTkMembership } from '#domain/bpjstk-membership';
