// Unguessable identifiers handed to people: KPJ numbers, payment codes, tracking codes.
import { randomInt } from 'node:crypto';

/** 11 random digits, first digit 1–9: a KPJ that cannot be guessed from the previous one. */
export function randomKpj(): string {
  let kpj = String(randomInt(1, 10));
  for (let i = 0; i < 10; i++) kpj += String(randomInt(0, 10));
  return kpj;
}

/** A 16-digit virtual-account style payment code, `8889` + 12 random digits. */
export function randomPaymentCode(): string {
  let code = '8889';
  for (let i = 0; i < 12; i++) code += String(randomInt(0, 10));
  return code;
}

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // no 0/O, 1/I

/** `JHT-7KQ4-M2ZP-X9CD`: 60 random bits, easy to read aloud. */
export function randomTrackingCode(prefix = 'JHT'): string {
  const groups: string[] = [];
  for (let g = 0; g < 3; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += ALPHABET[randomInt(0, ALPHABET.length)];
    groups.push(group);
  }
  return `${prefix}-${groups.join('-')}`;
}

/** `PU-2026-` + 8 random digits: the employer's registration number. */
export function randomRegistrationNumber(year: number): string {
  let digits = '';
  for (let i = 0; i < 8; i++) digits += String(randomInt(0, 10));
  return `PU-${year}-${digits}`;
}
