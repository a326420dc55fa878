// What a password must be: 8 or more characters, not the e-mail (nor its local part), not one of
// the 10,000 most common passwords. Returns the reason it is refused, or null.
import fs from 'node:fs';
import path from 'node:path';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;

let common: ReadonlySet<string> | undefined;

/** The common-password package's list, read once. */
export function commonPasswords(): ReadonlySet<string> {
  if (!common) {
    const dir = path.dirname(require.resolve('common-password/package.json'));
    const text = fs.readFileSync(path.join(dir, 'lib', '10k most common.txt'), 'utf8');
    common = new Set(
      text
        .split(/\r?\n/)
        .map((line) => line.trim().toLowerCase())
        .filter(Boolean),
    );
  }
  return common;
}

export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lowered = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  const local = address.slice(0, Math.max(0, address.lastIndexOf('@')));
  if (lowered === address || (local && lowered === local)) return 'The password must not be your e-mail address.';
  if (commonPasswords().has(lowered)) return 'This password is too common. Choose one that is harder to guess.';
  return null;
}
