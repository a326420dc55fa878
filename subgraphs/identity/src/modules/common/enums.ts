// Enums of the contract that identity exposes (names and values are fixed by the consumer contract).
import { registerEnum, type EnumValue } from '#platform/federation/enums';

export const OtpChannel = registerEnum('OtpChannel', 'How a one-time code reached the person.', {
  EMAIL: 'Sent by e-mail.',
  SMS: 'Sent by SMS to the mobile number.',
  MANUAL: 'Issued by hand by an officer and handed to the person (when SMS does not arrive).',
});
export type OtpChannel = EnumValue<typeof OtpChannel>;

export const RegistrationStep = registerEnum('RegistrationStep', 'What a registration needs next.', {
  VERIFY_EMAIL: 'Enter the code e-mailed to you (`verifyRegistrationOtp`).',
  PROVIDE_IDENTITY: 'Give NIK, name and birth date as on the KTP, plus NIP or KPJ (`provideRegistrationIdentity`).',
  SET_PHONE: 'Give the mobile number (`setRegistrationPhone`).',
  VERIFY_PHONE: 'Enter the code texted to the phone, or one an officer issued by hand (`verifyRegistrationOtp`).',
  SET_PASSWORD: 'Choose the password (`completeRegistration`).',
  DONE: 'Complete: the account exists and `completeRegistration` has signed it in.',
});
export type RegistrationStep = EnumValue<typeof RegistrationStep>;

// Shared with the other subgraphs (one definition, one description): see subgraphs/domain.
export { Agency } from '#domain/agency';
export { BpjsTkMembership } from '#domain/bpjstk-membership';
