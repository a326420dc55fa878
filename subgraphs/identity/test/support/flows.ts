// Helpers for the identity end-to-end tests: the personas' registration data, reading codes from
// the development outbox, and whole flows (register, sign in) through the gateway.
import { randomInt } from 'node:crypto';
import type { TestHub } from '../../../../gateway/test/support/test-hub';

export interface RegistrationPersona {
  agency: 'TASPEN' | 'BPJSTK';
  identity: { nik: string; fullName: string; birthDate: string; nip?: string; kpj?: string; membership?: 'PU' | 'BPU' };
  phone: string;
}

export const SITI: RegistrationPersona = {
  agency: 'TASPEN',
  identity: { nik: '1173015508720002', fullName: 'Siti Rahmawati', birthDate: '1972-08-15', nip: '197208151998032004' },
  phone: '081234567801',
};

export const DEWI: RegistrationPersona = {
  agency: 'BPJSTK',
  identity: { nik: '3578034311940004', fullName: 'Dewi Lestari', birthDate: '1994-11-03', kpj: '14087654321', membership: 'PU' },
  phone: '081234567802',
};

export const BUDI_TASPEN: RegistrationPersona = {
  agency: 'TASPEN',
  identity: { nik: '3173051203850001', fullName: 'Budi Santoso', birthDate: '1985-03-12', nip: '198503122010011001' },
  phone: '081234567803',
};

export const ANDI_BPJSTK: RegistrationPersona = {
  agency: 'BPJSTK',
  identity: { nik: '1271022107900003', fullName: 'Andi Wijaya', birthDate: '1990-07-21', kpj: '11098765432' },
  phone: '081234567804',
};

export const RUDI_BPJSTK: RegistrationPersona = {
  agency: 'BPJSTK',
  identity: { nik: '3273042802680005', fullName: 'Rudi Hartono', birthDate: '1968-02-28', kpj: '90011223344' },
  phone: '081234567805',
};

export const STAFF_PASSWORD = 'dev-staff-password';
export const PASSWORD = 'Kopi-Susu-Gayo-2026!';

/** A client address of its own, so per-address budgets of one test do not touch another. */
export const freshIp = () => `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 254)}`;

export const START = `mutation StartRegistration($input: StartRegistrationInput!) {
  startRegistration(input: $input) { registrationId nextStep challenge { id channel destination expiresAt resendAvailableAt } }
}`;
export const VERIFY = `mutation VerifyRegistrationOtp($registrationId: ID!, $code: String!) {
  verifyRegistrationOtp(registrationId: $registrationId, code: $code) { registrationId nextStep challenge { id channel destination } }
}`;
export const IDENTITY = `mutation ProvideRegistrationIdentity($registrationId: ID!, $identity: RegistrationIdentityInput!) {
  provideRegistrationIdentity(registrationId: $registrationId, identity: $identity) { registrationId nextStep }
}`;
export const PHONE = `mutation SetRegistrationPhone($registrationId: ID!, $phone: String!) {
  setRegistrationPhone(registrationId: $registrationId, phone: $phone) { registrationId nextStep challenge { id channel destination expiresAt resendAvailableAt } }
}`;
export const RESEND = `mutation ResendOtp($challengeId: ID!) {
  resendOtp(challengeId: $challengeId) { id channel destination expiresAt resendAvailableAt }
}`;
export const COMPLETE = `mutation CompleteRegistration($registrationId: ID!, $password: String!) {
  completeRegistration(registrationId: $registrationId, password: $password) { accessToken refreshToken expiresAt account { id email phone } }
}`;
export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken expiresAt account { id email roles } }
}`;
export const ME = `query Me { me { id email phone roles person { nik fullName birthDate } } }`;

export interface OutboxMessage {
  channel: string;
  to: string;
  subject: string | null;
  body: string;
  sentAt: string | null;
}

export async function outbox(hub: TestHub, to: string): Promise<OutboxMessage[]> {
  const response = await fetch(`${hub.baseUrl}/dev/outbox?to=${encodeURIComponent(to)}`);
  if (!response.ok) throw new Error(`dev outbox answered ${response.status}`);
  return ((await response.json()) as { messages: OutboxMessage[] }).messages;
}

/** The code in the newest message to `to`. */
export async function latestCode(hub: TestHub, to: string): Promise<string> {
  const [newest] = await outbox(hub, to);
  const code = /Kode verifikasi Anda: (\d{6})/.exec(newest?.body ?? '')?.[1];
  if (!code) throw new Error(`no code in the outbox for ${to}`);
  return code;
}

/** Throws with the GraphQL errors when a step fails, so a broken flow says where. */
export function expectData<T>(result: { data?: T | null; errors?: unknown[] }, field: string): any {
  const value = (result.data as Record<string, unknown> | undefined)?.[field];
  if (!value) throw new Error(`${field} failed: ${JSON.stringify(result.errors)}`);
  return value;
}

export interface Registered {
  registrationId: string;
  email: string;
  accessToken: string;
  refreshToken: string;
  accountId: string;
}

/** Runs registration up to (not including) a step; returns the registration id and client address. */
export async function registerUntil(
  hub: TestHub,
  persona: RegistrationPersona,
  email: string,
  stop: 'PROVIDE_IDENTITY' | 'SET_PHONE' | 'VERIFY_PHONE' | 'SET_PASSWORD',
  ip = freshIp(),
): Promise<{ registrationId: string; ip: string; challengeId?: string }> {
  const headers = { 'x-forwarded-for': ip };
  const started = expectData(await hub.gql(START, { input: { agency: persona.agency, email } }, { headers }), 'startRegistration');
  const registrationId = started.registrationId as string;
  expectData(await hub.gql(VERIFY, { registrationId, code: await latestCode(hub, email) }, { headers }), 'verifyRegistrationOtp');
  if (stop === 'PROVIDE_IDENTITY') return { registrationId, ip };
  expectData(await hub.gql(IDENTITY, { registrationId, identity: persona.identity }, { headers }), 'provideRegistrationIdentity');
  if (stop === 'SET_PHONE') return { registrationId, ip };
  const phone = expectData(await hub.gql(PHONE, { registrationId, phone: persona.phone }, { headers }), 'setRegistrationPhone');
  if (stop === 'VERIFY_PHONE') return { registrationId, ip, challengeId: phone.challenge.id };
  expectData(await hub.gql(VERIFY, { registrationId, code: await latestCode(hub, persona.phone) }, { headers }), 'verifyRegistrationOtp');
  return { registrationId, ip };
}

export async function register(hub: TestHub, persona: RegistrationPersona, email: string, password = PASSWORD): Promise<Registered> {
  const { registrationId, ip } = await registerUntil(hub, persona, email, 'SET_PASSWORD');
  const done = expectData(await hub.gql(COMPLETE, { registrationId, password }, { headers: { 'x-forwarded-for': ip } }), 'completeRegistration');
  return { registrationId, email, accessToken: done.accessToken, refreshToken: done.refreshToken, accountId: done.account.id };
}

export async function login(hub: TestHub, email: string, password: string, ip = freshIp()) {
  return expectData(await hub.gql(LOGIN, { email, password }, { headers: { 'x-forwarded-for': ip } }), 'login');
}

export const staffLogin = (hub: TestHub, email: string) => login(hub, email, STAFF_PASSWORD);
