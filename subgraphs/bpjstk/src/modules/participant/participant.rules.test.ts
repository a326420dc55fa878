import type { Caller } from '#platform/auth/caller';
import { participantAccess, recordAccess } from './participant.rules';

const NIK = '3578034311940004';
const now = Math.floor(Date.now() / 1000);
const participant = (nik: string, stepUpAt: number | null = now): Caller => ({ kind: 'participant', accountId: 'a', nik, sessionId: 's', stepUpAt });
const staff = (role: string): Caller => ({ kind: 'staff', accountId: 'o', email: 'o@hub.local', roles: [role], agency: null, branch: null, sessionId: 's' });
const partner: Caller = { kind: 'partner', partnerId: 'p', name: 'Bank', scopes: ['BALANCES_READ'] };
const kiosk: Caller = { kind: 'kiosk', kioskId: 'k', kioskName: 'MPP', accountId: 'a', nik: NIK, sessionId: 's' };
const code = (decision: true | { code: string }) => (decision === true ? true : decision.code);

describe('who reads which part of a BPJS TK record', () => {
  test('the person reads every group of their own record; balances need a step-up in the last 15 minutes', () => {
    for (const group of ['profile', 'cards', 'claims', 'queue', 'balances', 'statement'] as const)
      expect(participantAccess(participant(NIK), NIK, group)).toBe(true);
    expect(code(participantAccess(participant(NIK, null), NIK, 'balances'))).toBe('STEP_UP_REQUIRED');
    expect(code(participantAccess(participant(NIK, now - 16 * 60), NIK, 'balances'))).toBe('STEP_UP_REQUIRED');
    expect(participantAccess(participant(NIK, null), NIK, 'profile')).toBe(true);
  });

  test('another participant is forbidden and an anonymous caller must sign in', () => {
    expect(code(participantAccess(participant('1271022107900003'), NIK, 'profile'))).toBe('FORBIDDEN');
    expect(code(participantAccess({ kind: 'anonymous' }, NIK, 'profile'))).toBe('UNAUTHENTICATED');
  });

  test('a kiosk session reads its own person only', () => {
    expect(participantAccess(kiosk, NIK, 'balances')).toBe(true);
    expect(code(participantAccess(kiosk, NIK, 'statement'))).toBe('FORBIDDEN');
    expect(code(participantAccess(kiosk, '1271022107900003', 'profile'))).toBe('FORBIDDEN');
  });

  // Issue 11 (finding 7): auditors used to read balances and statements; they read audit trails and access logs.
  test('BPJS TK officers and admins read; Taspen officers and auditors do not', () => {
    for (const role of ['BPJSTK_OFFICER', 'HUB_ADMIN']) expect(participantAccess(staff(role), NIK, 'balances')).toBe(true);
    expect(code(participantAccess(staff('AUDITOR'), NIK, 'balances'))).toBe('FORBIDDEN');
    expect(code(participantAccess(staff('TASPEN_OFFICER'), NIK, 'profile'))).toBe('FORBIDDEN');
  });

  test('a partner reads a group only under consent to its scope, and never the queue', () => {
    expect(participantAccess(partner, NIK, 'balances', ['BALANCES_READ'])).toBe(true);
    expect(code(participantAccess(partner, NIK, 'cards', ['BALANCES_READ']))).toBe('CONSENT_REQUIRED');
    expect(code(participantAccess(partner, NIK, 'queue', ['PROFILE_READ', 'BALANCES_READ']))).toBe('FORBIDDEN');
    expect(recordAccess(partner, NIK, ['BALANCES_READ'])).toBe(true);
    // Consent to cards, but a token narrowed to balances: the token is refused, not the consent (issue 11).
    expect(code(participantAccess(partner, NIK, 'cards', ['CARDS_READ']))).toBe('FORBIDDEN');
    expect(code(recordAccess(partner, NIK, ['SUBMISSIONS_READ']))).toBe('CONSENT_REQUIRED');
  });
});
