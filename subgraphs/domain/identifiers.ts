// Indonesian identifiers (see DOMAIN.md): structure checks and parsing. Each parser
// returns a result instead of throwing, so callers decide which field to blame.
import { isoDate, isRealDate, parseIsoDate } from '#platform/validation/dates';
import { fail, ok, type Check } from '#platform/validation/identifiers';

export type { Check };
export type Gender = 'M' | 'F';

/** Province codes in use (Dukcapil), 11 Aceh … 94 Papua. */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
]);

export interface NikParts {
  nik: string;
  province: string;
  regency: string;
  district: string;
  /** Day and month of birth; the two-digit year leaves the century open. */
  birthDay: number;
  birthMonth: number;
  birthYearTwoDigits: number;
  gender: Gender;
  serial: string;
}

export interface Expected {
  /** `YYYY-MM-DD`; when given, the date inside the identifier must match it. */
  birthDate?: string;
  gender?: Gender;
}

export function parseNik(raw: string, expected: Expected = {}): Check<NikParts> {
  const nik = raw.trim();
  if (!/^\d{16}$/.test(nik)) return fail('NIK must be exactly 16 digits.');
  const province = nik.slice(0, 2);
  if (!PROVINCE_CODES.has(province)) return fail('NIK has an unknown province code.');
  const regency = nik.slice(2, 4);
  const district = nik.slice(4, 6);
  if (regency === '00' || district === '00') return fail('NIK has an invalid regency or district code.');
  const encodedDay = Number(nik.slice(6, 8));
  const birthMonth = Number(nik.slice(8, 10));
  const birthYearTwoDigits = Number(nik.slice(10, 12));
  const gender: Gender = encodedDay > 40 ? 'F' : 'M';
  const birthDay = gender === 'F' ? encodedDay - 40 : encodedDay;
  const serial = nik.slice(12);
  if (serial === '0000') return fail('NIK has an invalid serial number.');
  const realIn = (century: number) => isRealDate(century + birthYearTwoDigits, birthMonth, birthDay);
  if (encodedDay > 71 || (encodedDay > 31 && encodedDay < 41) || !(realIn(1900) || realIn(2000))) {
    return fail('NIK does not hold a valid birth date.');
  }
  if (expected.birthDate !== undefined) {
    const stated = parseIsoDate(expected.birthDate);
    if (!stated) return fail('The birth date is not a valid date.');
    if (stated.day !== birthDay || stated.month !== birthMonth || stated.year % 100 !== birthYearTwoDigits) {
      return fail('NIK does not match the birth date.');
    }
  }
  if (expected.gender !== undefined && expected.gender !== gender) return fail('NIK does not match the gender.');
  return ok({ nik, province, regency, district, birthDay, birthMonth, birthYearTwoDigits, gender, serial });
}

export interface NipParts {
  nip: string;
  birthDate: string;
  appointmentYear: number;
  appointmentMonth: number;
  gender: Gender;
  serial: string;
}

export function parseNip(raw: string, expected: Expected = {}): Check<NipParts> {
  const nip = raw.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(nip)) return fail('NIP must be exactly 18 digits.');
  const year = Number(nip.slice(0, 4));
  const month = Number(nip.slice(4, 6));
  const day = Number(nip.slice(6, 8));
  if (year < 1900 || !isRealDate(year, month, day)) return fail('NIP does not hold a valid birth date.');
  const appointmentYear = Number(nip.slice(8, 12));
  const appointmentMonth = Number(nip.slice(12, 14));
  if (appointmentMonth < 1 || appointmentMonth > 12 || appointmentYear <= year) {
    return fail('NIP does not hold a valid appointment month.');
  }
  const genderDigit = nip.charAt(14);
  if (genderDigit !== '1' && genderDigit !== '2') return fail('NIP has an invalid gender digit.');
  const serial = nip.slice(15);
  if (serial === '000') return fail('NIP has an invalid serial number.');
  const birthDate = isoDate(year, month, day);
  const gender: Gender = genderDigit === '1' ? 'M' : 'F';
  if (expected.birthDate !== undefined && expected.birthDate !== birthDate) {
    return fail('NIP does not match the birth date.');
  }
  if (expected.gender !== undefined && expected.gender !== gender) return fail('NIP does not match the gender.');
  return ok({ nip, birthDate, appointmentYear, appointmentMonth, gender, serial });
}

/** NIK and NIP of one person must agree on birth date and gender. */
export function nikMatchesNip(nik: NikParts, nip: NipParts): boolean {
  const [year, month, day] = nip.birthDate.split('-').map(Number);
  return nik.gender === nip.gender && nik.birthDay === day && nik.birthMonth === month && nik.birthYearTwoDigits === year % 100;
}

export function parseKpj(raw: string): Check<string> {
  const kpj = raw.trim();
  return /^\d{11}$/.test(kpj) ? ok(kpj) : fail('KPJ must be exactly 11 digits.');
}

export function parseNib(raw: string): Check<string> {
  const nib = raw.trim();
  return /^\d{13}$/.test(nib) ? ok(nib) : fail('NIB must be exactly 13 digits.');
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits.charAt(digits.length - 1 - i));
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** NPWP: printed separators accepted, digits returned. */
export function parseNpwp(raw: string): Check<string> {
  const trimmed = raw.trim();
  if (!/^[\d.\-\s]+$/.test(trimmed)) return fail('NPWP may hold only digits, dots and dashes.');
  const digits = trimmed.replace(/[.\-\s]/g, '');
  if (digits.length === 15) {
    return luhnValid(digits.slice(0, 9)) ? ok(digits) : fail('NPWP check digit is wrong.');
  }
  if (digits.length === 16) {
    if (digits.startsWith('0')) {
      return luhnValid(digits.slice(0, 10)) ? ok(digits) : fail('NPWP check digit is wrong.');
    }
    return parseNik(digits).ok ? ok(digits) : fail('A 16-digit NPWP must be a valid NIK or 0 followed by 15 digits.');
  }
  return fail('NPWP must have 15 or 16 digits.');
}
