import { actorOf, decideRead, decideRecord, KIOSK_PURPOSE, readPurpose } from './access-policy';
import type { Caller } from '#platform/auth/caller';

const NIK = '3578034311940004';
const OTHER = '1271022107900003';
const now = 1_800_000_000;
const participant = (stepUpAt: number | null): Caller => ({ kind: 'participant', accountId: 'a', nik: NIK, sessionId: 's', stepUpAt });
const staff = (...roles: string[]): Caller => ({ kind: 'staff', accountId: 'o', email: 'o@hub.local', roles, agency: null, branch: null, sessionId: 's' });
const partner = (...scopes: string[]): Caller => ({ kind: 'partner', partnerId: 'p', name: 'Bank', scopes });
const kiosk: Caller = { kind: 'kiosk', kioskId: 'k', kioskName: 'MPP', accountId: 'a', nik: NIK, sessionId: 's' };
const device: Caller = { kind: 'kiosk-device', kioskId: 'k', kioskName: 'MPP' };
const code = (d: ReturnType<typeof decideRead>) => (d.allowed ? (d.auditAs ?? 'SELF') : d.error.code);

test('the person reads their own groups unlogged; balances and statements need a step-up; bank accounts are staff-only', () => {
  expect(code(decideRead(participant(null), 'BPJSTK', NIK, 'profile', { nowSeconds: now }))).toBe('SELF');
  expect(code(decideRead(participant(null), 'BPJSTK', NIK, 'statement', { nowSeconds: now }))).toBe('STEP_UP_REQUIRED');
  expect(code(decideRead(participant(now - 60), 'TASPEN', NIK, 'balances', { nowSeconds: now }))).toBe('SELF');
  expect(code(decideRead(participant(now), 'BPJSTK', NIK, 'bank', { nowSeconds: now }))).toBe('FORBIDDEN');
  expect(code(decideRead(participant(now), 'BPJSTK', OTHER, 'profile', { nowSeconds: now }))).toBe('FORBIDDEN');
});

test('a kiosk device reads nobody; a kiosk session reads what KIOSK_READS lists of its own person, logged', () => {
  expect(code(decideRead(device, 'TASPEN', NIK, 'profile'))).toBe('FORBIDDEN');
  expect(code(decideRead(kiosk, 'TASPEN', NIK, 'cards'))).toBe('KIOSK');
  // The session's SMS code, minutes old, is the step-up for both agencies' balances (issue 15).
  expect(code(decideRead(kiosk, 'TASPEN', NIK, 'balances'))).toBe('KIOSK');
  expect(code(decideRead(kiosk, 'BPJSTK', NIK, 'statement'))).toBe('FORBIDDEN');
  expect(code(decideRead(kiosk, 'BPJSTK', OTHER, 'profile'))).toBe('FORBIDDEN');
});

test('officers read their own agency only; auditors read no person’s data', () => {
  expect(code(decideRead(staff('BPJSTK_OFFICER'), 'BPJSTK', NIK, 'balances'))).toBe('STAFF');
  expect(code(decideRead(staff('BPJSTK_OFFICER'), 'TASPEN', NIK, 'profile'))).toBe('FORBIDDEN');
  expect(code(decideRead(staff('AUDITOR'), 'BPJSTK', NIK, 'balances'))).toBe('FORBIDDEN');
  expect(code(decideRead(staff('AUDITOR'), 'IDENTITY', NIK, 'profile'))).toBe('FORBIDDEN');
  expect(code(decideRead(staff('HUB_ADMIN'), 'TASPEN', NIK, 'statement'))).toBe('STAFF');
});

test('a partner needs the person’s consent (CONSENT_REQUIRED) and a token carrying the scope (FORBIDDEN naming the token)', () => {
  expect(code(decideRead(partner('CARDS_READ'), 'TASPEN', NIK, 'cards', { consentScopes: [] }))).toBe('CONSENT_REQUIRED');
  expect(code(decideRead(partner('CARDS_READ'), 'TASPEN', NIK, 'cards', { consentScopes: ['CARDS_READ'] }))).toBe('PARTNER');
  const narrowed = decideRead(partner('CARDS_READ'), 'TASPEN', NIK, 'balances', { consentScopes: ['BALANCES_READ'] });
  expect(narrowed.allowed ? null : [narrowed.error.code, narrowed.error.message]).toEqual(['FORBIDDEN', expect.stringMatching(/token.*BALANCES_READ/)]);
  expect(code(decideRead(partner('CARDS_READ'), 'BPJSTK', NIK, 'queue', { consentScopes: ['CARDS_READ'] }))).toBe('FORBIDDEN');
  expect(code(decideRecord(partner('CARDS_READ'), 'BPJSTK', NIK, ['profile', 'cards', 'queue'], { consentScopes: ['CARDS_READ'] }))).toBe('PARTNER');
  expect(code(decideRecord(partner('CARDS_READ'), 'BPJSTK', NIK, ['profile', 'cards', 'queue'], { consentScopes: [] }))).toBe('CONSENT_REQUIRED');
});

test('one actor and one purpose rule for every log entry', () => {
  expect(actorOf(staff('TASPEN_OFFICER'))).toEqual({ actorKind: 'STAFF', actorId: 'o', actorName: 'o@hub.local' });
  expect(actorOf({ kind: 'anonymous' }).actorKind).toBe('SYSTEM');
  expect(readPurpose(kiosk, 'ignored')).toBe(KIOSK_PURPOSE);
  expect(readPurpose(partner(), 'ignored', 'Loan check')).toBe('Loan check');
  expect(readPurpose(staff('HUB_ADMIN'), 'Case 12')).toBe('Case 12');
});
