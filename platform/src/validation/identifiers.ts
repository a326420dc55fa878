// Contact details every part of the hub checks: an Indonesian mobile number and an e-mail address.
// Each parser returns a result instead of throwing, so callers decide which field to blame.

export type Check<T> = { ok: true; value: T } | { ok: false; reason: string };

export const ok = <T>(value: T): Check<T> => ({ ok: true, value });
export const fail = <T>(reason: string): Check<T> => ({ ok: false, reason });

/** Indonesian mobile number, `08…` or `+628…`, returned as E.164 `+628…`. */
export function parsePhone(raw: string): Check<string> {
  const compact = raw.replace(/[\s\-().]/g, '');
  let national: string;
  if (compact.startsWith('+62')) national = compact.slice(3);
  else if (compact.startsWith('62')) national = compact.slice(2);
  else if (compact.startsWith('0')) national = compact.slice(1);
  else return fail('Phone must start with 08 or +628.');
  // DOMAIN.md: 10 to 13 digits after the leading 0.
  if (!/^8\d{9,12}$/.test(national)) return fail('Phone must be an Indonesian mobile number (08… or +628…).');
  return ok(`+62${national}`);
}

const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** E-mail, trimmed and lower-cased. */
export function parseEmail(raw: string): Check<string> {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email) || email.includes('..')) return fail('E-mail address is not valid.');
  return ok(email);
}
