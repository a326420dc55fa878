import type { Caller } from '#platform/auth/caller';
import { kioskSubjectPrefix, mayResend } from './otp.service';

const participant = (accountId: string): Caller => ({ kind: 'participant', accountId, nik: '3173051203850001', sessionId: 's', stepUpAt: null });
const device = (kioskId: string): Caller => ({ kind: 'kiosk-device', kioskId, kioskName: 'MPP' });
const anonymous: Caller = { kind: 'anonymous' };

describe('who may have a code sent again', () => {
  test('a registration code: whoever holds the registration', () => {
    expect(mayResend({ purpose: 'REGISTRATION_PHONE', subject: 'reg-1' }, anonymous)).toBe(true);
  });

  test('a step-up code: only its account', () => {
    const challenge = { purpose: 'STEP_UP' as const, subject: 'acc-1' };
    expect(mayResend(challenge, participant('acc-1'))).toBe(true);
    expect(mayResend(challenge, participant('acc-2'))).toBe(false);
    expect(mayResend(challenge, anonymous)).toBe(false);
  });

  test('a kiosk code: only the kiosk that started it', () => {
    const challenge = { purpose: 'KIOSK_SESSION' as const, subject: `${kioskSubjectPrefix('k-1')}acc-1` };
    expect(mayResend(challenge, device('k-1'))).toBe(true);
    expect(mayResend(challenge, device('k-2'))).toBe(false);
    expect(mayResend(challenge, participant('acc-1'))).toBe(false);
    expect(mayResend(challenge, anonymous)).toBe(false);
  });
});
