// Callers as tests have the hub's issuer sign them: a fresh account and session each, unless the test names them.
// Test support only.
import { randomUUID } from 'node:crypto';
import type { Caller } from '../auth/caller';

export type StaffCaller = Extract<Caller, { kind: 'staff' }>;
export type ParticipantCaller = Extract<Caller, { kind: 'participant' }>;

export const staffCaller = (roles: string[], agency: string | null = null, fields: Partial<StaffCaller> = {}): StaffCaller => ({
  kind: 'staff',
  accountId: randomUUID(),
  email: 'staff@hub.local',
  roles,
  agency,
  branch: null,
  sessionId: randomUUID(),
  ...fields,
});

/** A participant without a step-up unless `fields.stepUpAt` says when. */
export const participantCaller = (nik: string, fields: Partial<ParticipantCaller> = {}): ParticipantCaller => ({
  kind: 'participant',
  accountId: randomUUID(),
  nik,
  sessionId: randomUUID(),
  stepUpAt: null,
  ...fields,
});

export const nowSeconds = () => Math.floor(Date.now() / 1000);
