// Enums of the contract that identity exposes (names and values are fixed by the consumer contract).
import { registerEnumType } from 'type-graphql';

export enum OtpChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
  MANUAL = 'MANUAL',
}
registerEnumType(OtpChannel, {
  name: 'OtpChannel',
  description: 'How a one-time code reached the person.',
  valuesConfig: {
    EMAIL: { description: 'Sent by e-mail.' },
    SMS: { description: 'Sent by SMS to the mobile number.' },
    MANUAL: { description: 'Issued by hand by an officer and handed to the person (when SMS does not arrive).' },
  },
});

export enum RegistrationStep {
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  PROVIDE_IDENTITY = 'PROVIDE_IDENTITY',
  SET_PHONE = 'SET_PHONE',
  VERIFY_PHONE = 'VERIFY_PHONE',
  SET_PASSWORD = 'SET_PASSWORD',
  DONE = 'DONE',
}
registerEnumType(RegistrationStep, {
  name: 'RegistrationStep',
  description: 'What a registration needs next.',
  valuesConfig: {
    VERIFY_EMAIL: { description: 'Enter the code e-mailed to you (`verifyRegistrationOtp`).' },
    PROVIDE_IDENTITY: { description: 'Give NIK, name and birth date as on the KTP, plus NIP or KPJ (`provideRegistrationIdentity`).' },
    SET_PHONE: { description: 'Give the mobile number (`setRegistrationPhone`).' },
    VERIFY_PHONE: { description: 'Enter the code texted to the phone, or one an officer issued by hand (`verifyRegistrationOtp`).' },
    SET_PASSWORD: { description: 'Choose the password (`completeRegistration`).' },
    DONE: { description: 'Complete: the account exists and `completeRegistration` has signed it in.' },
  },
});

// Shared with the other subgraphs (one definition, one description): see subgraphs/domain.
export { Agency } from '#domain/agency';
export { BpjsTkMembership } from '#domain/bpjstk-membership';
