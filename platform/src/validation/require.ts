// Field-level guards for resolvers and services: parse or throw BAD_USER_INPUT naming the field.
import { BadInputError } from '../errors';
import { parseIsoDate } from './dates';
import * as id from './identifiers';

/** The value of a passed check, or BAD_USER_INPUT naming the field with the check's reason. */
export function must<T>(field: string, check: id.Check<T>): T {
  if (!check.ok) throw new BadInputError(field, check.reason);
  return check.value;
}

export const requirePhone = (field: string, value: string) => must(field, id.parsePhone(value));
export const requireEmail = (field: string, value: string) => must(field, id.parseEmail(value));

export function requireDate(field: string, value: string): string {
  if (!parseIsoDate(value)) throw new BadInputError(field, `${field} must be a real date written YYYY-MM-DD.`);
  return value;
}

/** Non-empty trimmed text of bounded length; control characters refused. */
export function requireText(field: string, value: string, maxLength = 200): string {
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text) throw new BadInputError(field, `${field} must not be empty.`);
  if (text.length > maxLength) throw new BadInputError(field, `${field} must be at most ${maxLength} characters.`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value.replace(/[\r\n\t]/g, ' '))) {
    throw new BadInputError(field, `${field} contains characters that are not allowed.`);
  }
  return text;
}

export function requireIntRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadInputError(field, `${field} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

/** Whole rupiah, positive. Accepts a number or a digit string (money may arrive as either). */
export function requireRupiah(field: string, value: number | string, max = 10_000_000_000): number {
  const amount = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0 || amount > max) {
    throw new BadInputError(field, `${field} must be a positive whole number of rupiah.`);
  }
  return amount;
}
