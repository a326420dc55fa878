// One-time codes: six digits from the CSPRNG, kept only as an HMAC bound to their challenge.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

export const CODE_DIGITS = 6;

export function generateCode(): string {
  return String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
}

/** HMAC-SHA256 over `challengeId:code`: a leaked store reveals no code, and a hash fits one challenge only. */
export function hashCode(secret: string, challengeId: string, code: string): string {
  return createHmac('sha256', secret).update(`${challengeId}:${code}`).digest('hex');
}

export function codeMatches(secret: string, challengeId: string, code: string, expectedHash: string): boolean {
  if (!/^\d{6}$/.test(code.trim())) return false;
  const actual = Buffer.from(hashCode(secret, challengeId, code.trim()), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
