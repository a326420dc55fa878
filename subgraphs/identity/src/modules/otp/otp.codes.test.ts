import { codeMatches, generateCode, hashCode } from './otp.codes';

const SECRET = 'test-secret-of-sixteen-chars';

describe('one-time codes', () => {
  test('are six digits, leading zeros kept', () => {
    for (let i = 0; i < 200; i++) expect(generateCode()).toMatch(/^\d{6}$/);
  });

  test('are not all the same', () => {
    const codes = new Set(Array.from({ length: 50 }, generateCode));
    expect(codes.size).toBeGreaterThan(40);
  });

  test('are stored as an HMAC that does not contain the code', () => {
    const hash = hashCode(SECRET, 'challenge-1', '123456');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('123456');
  });

  test('match only the right code for the right challenge and secret', () => {
    const hash = hashCode(SECRET, 'challenge-1', '042137');
    expect(codeMatches(SECRET, 'challenge-1', '042137', hash)).toBe(true);
    expect(codeMatches(SECRET, 'challenge-1', ' 042137 ', hash)).toBe(true);
    expect(codeMatches(SECRET, 'challenge-1', '042138', hash)).toBe(false);
    expect(codeMatches(SECRET, 'challenge-2', '042137', hash)).toBe(false);
    expect(codeMatches('another-secret-sixteen', 'challenge-1', '042137', hash)).toBe(false);
  });

  test('refuse anything that is not six digits without comparing', () => {
    const hash = hashCode(SECRET, 'c', '123456');
    expect(codeMatches(SECRET, 'c', '12345', hash)).toBe(false);
    expect(codeMatches(SECRET, 'c', 'abcdef', hash)).toBe(false);
  });
});
