// Masking of personal identifiers for logs and for outputs that do not need them in full (UU PDP).

/** A 16-digit identifier (a national identity number): its region prefix and last two digits stay, the rest is starred. */
export function maskId16(id: string): string {
  return id.length === 16 ? `${id.slice(0, 6)}********${id.slice(14)}` : '****************';
}

export function maskPhone(phone: string): string {
  if (phone.length < 10) return '****';
  return `${phone.slice(0, 6)}${'*'.repeat(phone.length - 10)}${phone.slice(-4)}`;
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  const local = email.slice(0, at);
  const shown = local.length <= 2 ? local.charAt(0) : `${local.charAt(0)}***${local.charAt(local.length - 1)}`;
  return `${shown}@${email.slice(at + 1)}`;
}

/** `Budi Santoso` → `Bu** Sa*****`: enough for the holder to recognise, not to identify. */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => (word.length <= 2 ? `${word.charAt(0)}*` : `${word.slice(0, 2)}${'*'.repeat(word.length - 2)}`))
    .join(' ');
}

const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\b/g;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
// Starts only where a run of address characters starts: without the look-behind, a long run with no `@`
// is rescanned from every position (quadratic: a 40,000-character header took 1.8 s).
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,}/g;
const PHONE = /(?:\+62|\b62|\b0)8\d{8,12}\b/g;
const LONG_DIGITS = /\b\d{16,18}\b/g;
const OTP_LIKE = /\b(code|otp|pin)(["']?\s*[:=]\s*["']?)\d{4,8}\b/gi;

/** Longer log text is cut before masking, so that masking costs at most this much per string. */
export const MAX_LOGGED_TEXT = 4_000;

/** Scrubs identifiers, contacts and credentials out of free text (log messages, error texts). */
export function maskText(text: string): string {
  const bounded = text.length > MAX_LOGGED_TEXT ? `${text.slice(0, MAX_LOGGED_TEXT)}…[${text.length - MAX_LOGGED_TEXT} more characters]` : text;
  return bounded
    .replace(JWT, '[token]')
    .replace(BEARER, '$1 [token]')
    .replace(EMAIL, (email) => maskEmail(email))
    .replace(PHONE, (phone) => maskPhone(phone.startsWith('0') ? `+62${phone.slice(1)}` : phone.startsWith('62') ? `+${phone}` : phone))
    .replace(LONG_DIGITS, (digits) => (digits.length === 16 ? maskId16(digits) : `${digits.slice(0, 4)}${'*'.repeat(digits.length - 4)}`))
    .replace(OTP_LIKE, '$1$2******')
    .replace(/[\r\n]+/g, ' ');
}
