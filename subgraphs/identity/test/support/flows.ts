// Helpers for the identity end-to-end tests: the personas' registration data (their records as the seed
// has them), reading codes from the development outbox, and whole flows (register, sign in) through the gateway.
import { randomInt } from 'node:crypto';
import { personas } from '#domain/seed/personas';
import type { TestHub } from '../../../../gateway/test/support/test-hub';

export interface RegistrationPersona {
  agency: 'TASPEN' | 'BPJSTK';
  identity: { nik: string; fullName: string; birthDate: string; nip?: string; kpj?: string; membership?: 'PU' | 'BPU' };
  phone: string;
}

/**
 * A person of the seed (personas.json, by key) registering with `agency` by the number of that agency's record
 * there (NIP or KPJ), with `phone` as the account's phone; `extra` adds to what the identity step sends.
 */
function registrant(
  key: string,
  agency: RegistrationPersona['agency'],
  phone: string,
  extra: Partial<RegistrationPersona['identity']> = {},
): RegistrationPersona {
  const person = personas.people.find((candidate) => candidate.key === key);
  const number = agency === 'TASPEN' ? person?.taspen?.nip : person?.bpjsTk?.kpj;
  if (!person || !number) throw new Error(`personas.json has no ${agency} record of ${key}`);
  const { nik, fullName, birthDate } = person;
  return { agency, identity: { nik, fullName, birthDate, ...(agency === 'TASPEN' ? { nip: number } : { kpj: number }), ...extra }, phone };
}

export const SITI = registrant('siti', 'TASPEN', '081234567801');
export const DEWI = registrant('dewi', 'BPJSTK', '081234567802', { membership: 'PU' });
export const BUDI_TASPEN = registrant('budi', 'TASPEN', '081234567803');
export const ANDI_BPJSTK = registrant('andi', 'BPJSTK', '081234567804');
export const RUDI_BPJSTK = registrant('rudi', 'BPJSTK', '081234567805');

/** An account reset as a stranger asks for one: the person's public identity (NIK, name, birth date) and the stranger's own contacts. */
export const strangerResetInput = (person: RegistrationPersona = SITI) => ({
  nik: person.identity.nik,
  fullName: person.identity.fullName,
  birthDate: person.identity.birthDate,
  newEmail: 'attacker@evil.example',
  newPhone: '081277776666',
  reason: 'Lost my phone',
});

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
