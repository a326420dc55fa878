// Enums of the contract that identity exposes (names and values are fixed by the consumer contract).
import { registerEnumType } from 'type-graphql';

export enum Agency {
  TASPEN = 'TASPEN',
  BPJSTK = 'BPJSTK',
}
registerEnumType(Agency, { name: 'Agency' });

export enum BpjsTkMembership {
  PU = 'PU',
  BPU = 'BPU',
}
// Same description as the bpjstk subgraph's copy of this enum, so composition needs no hint.
registerEnumType(BpjsTkMembership, {
  name: 'BpjsTkMembership',
  description: 'PU: wage earner (registered by the employer); BPU: self-employed.',
});

export enum OtpChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
  MANUAL = 'MANUAL',
}
registerEnumType(OtpChannel, { name: 'OtpChannel', description: 'How a one-time code reached the person.' });

export enum RegistrationStep {
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  PROVIDE_IDENTITY = 'PROVIDE_IDENTITY',
  SET_PHONE = 'SET_PHONE',
  VERIFY_PHONE = 'VERIFY_PHONE',
  SET_PASSWORD = 'SET_PASSWORD',
  DONE = 'DONE',
}
registerEnumType(RegistrationStep, { name: 'RegistrationStep', description: 'What a registration needs next.' });
