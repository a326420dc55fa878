// The kiosk's words for every error code of the contract, in both languages (gateway/web/src/kiosk/i18n.ts).
import { errorMessage } from '../../web/src/kiosk/i18n';
import { duration } from '../../web/src/shared/format';
import { CONTRACT_CODES } from '#platform/errors';

test.each(['id', 'en'] as const)('every contract error code has its own message in %s, not the generic one', (language) => {
  const generic = errorMessage({ code: 'SOMETHING_ELSE' }, language, 'session');
  for (const code of CONTRACT_CODES) expect(errorMessage({ code }, language, 'session')).not.toBe(generic);
});

test('the person is told how long to wait when rate limited, in their language', () => {
  expect(errorMessage({ code: 'RATE_LIMITED', retryAfterSeconds: 125 }, 'id', 'walk-in')).toBe('Terlalu banyak permintaan. Coba lagi dalam 2 menit 5 detik.');
  expect(errorMessage({ code: 'RATE_LIMITED', retryAfterSeconds: 1 }, 'en', 'walk-in')).toBe('Too many requests. Try again in 1 second.');
});

test('wrong, expired and locked codes read differently, and a bad NIK names the NIK', () => {
  const words = ['OTP_INVALID', 'OTP_EXPIRED', 'OTP_LOCKED'].map((code) => errorMessage({ code }, 'id', 'walk-in'));
  expect(new Set(words).size).toBe(3);
  expect(errorMessage({ code: 'BAD_USER_INPUT', field: 'nik' }, 'id', 'walk-in')).toContain('NIK');
});

test('a rating or a slot is named by its whole input path, as the hub answers it', () => {
  expect(errorMessage({ code: 'BAD_USER_INPUT', field: 'input.rating' }, 'en', 'walk-in')).toContain('rating from 1 to 5');
  expect(errorMessage({ code: 'BAD_USER_INPUT', field: 'input.slotStartsAt' }, 'en', 'walk-in')).toContain('cannot be booked');
});

test('an unknown device and an ended session are told apart', () => {
  expect(errorMessage({ code: 'UNAUTHENTICATED' }, 'id', 'device')).toContain('Kiosk');
  expect(errorMessage({ code: 'UNAUTHENTICATED' }, 'id', 'session')).toContain('Sesi');
});

test('durations read as people say them', () => {
  expect(duration(60, 'id')).toBe('1 menit');
  expect(duration(90, 'en')).toBe('1 minute 30 seconds');
  expect(duration(0, 'en')).toBe('0 seconds');
});
