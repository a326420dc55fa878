// The identifier rules of DOMAIN.md, case by case.
import { luhnValid, nikMatchesNip, parseKpj, parseNib, parseNik, parseNip, parseNpwp, type Check } from './identifiers';
import { personas } from './seed/personas';

function value<T>(check: Check<T>): T {
  if (!check.ok) throw new Error(`expected a valid value, got: ${check.reason}`);
  return check.value;
}

describe('NIK', () => {
  it('accepts a man born 12 March 1985 in Jakarta Selatan and reads its parts', () => {
    const nik = value(parseNik('3173051203850001'));
    expect(nik).toMatchObject({
      province: '31',
      regency: '73',
      district: '05',
      birthDay: 12,
      birthMonth: 3,
      birthYearTwoDigits: 85,
      gender: 'M',
      serial: '0001',
    });
  });

  it('reads a day above 40 as a woman: 3578034311940004 is a woman born 1994-11-03', () => {
    const nik = value(parseNik('3578034311940004', { birthDate: '1994-11-03', gender: 'F' }));
    expect(nik).toMatchObject({ birthDay: 3, birthMonth: 11, birthYearTwoDigits: 94, gender: 'F' });
  });

  it.each(personas.people)('accepts $fullName of the contract personas with the stated birth date and gender', ({ nik, birthDate, gender }) => {
    expect(parseNik(nik, { birthDate, gender }).ok).toBe(true);
  });

  it('trims surrounding spaces', () => {
    expect(value(parseNik(' 3173051203850001 ')).nik).toBe('3173051203850001');
  });

  it.each([
    ['too short', '317305120385001'],
    ['too long', '31730512038500011'],
    ['letters', '31730512038500AB'],
    ['empty', ''],
  ])('refuses a NIK that is %s', (_case, raw) => {
    expect(parseNik(raw)).toEqual({ ok: false, reason: 'NIK must be exactly 16 digits.' });
  });

  it.each(['9973051203850001', '1073051203850001', '2073051203850001', '9573051203850001'])('refuses the unknown province code of %s', (raw) => {
    expect(parseNik(raw)).toEqual({ ok: false, reason: 'NIK has an unknown province code.' });
  });

  it('accepts the first and last province codes, 11 Aceh and 94 Papua', () => {
    expect(parseNik('1101011203850001').ok).toBe(true);
    expect(parseNik('9401011203850001').ok).toBe(true);
  });

  it('refuses regency or district 00', () => {
    expect(parseNik('3100051203850001').ok).toBe(false);
    expect(parseNik('3173001203850001').ok).toBe(false);
  });

  it('refuses serial 0000', () => {
    expect(parseNik('3173051203850000')).toEqual({ ok: false, reason: 'NIK has an invalid serial number.' });
  });

  it.each([
    ['30 February', '3173053002850001'],
    ['31 April', '3173053104850001'],
    ['day 00', '3173050003850001'],
    ['month 13', '3173051213850001'],
    ['month 00', '3173051200850001'],
    ['day 32 (neither a man nor a woman)', '3173053201850001'],
    ['day 40', '3173054001850001'],
    ['a woman on day 72 (32 + 40)', '3173057201850001'],
    ['a woman on 30 February (70)', '3173057002850001'],
  ])('refuses a birth date that is not real: %s', (_case, raw) => {
    expect(parseNik(raw)).toEqual({ ok: false, reason: 'NIK does not hold a valid birth date.' });
  });

  it('accepts 29 February when either century makes it a leap year', () => {
    expect(parseNik('3173052902000001').ok).toBe(true); // 2000 is a leap year
    expect(parseNik('3173052902880001').ok).toBe(true); // 1988
    expect(parseNik('3173052902850001').ok).toBe(false); // neither 1985 nor 2085
  });

  it('accepts 29 February 2000 only with a stated birth date in a leap year', () => {
    expect(parseNik('3173052902000001', { birthDate: '2000-02-29' }).ok).toBe(true);
  });

  it('refuses a NIK whose date differs from the stated birth date', () => {
    expect(parseNik('3173051203850001', { birthDate: '1985-03-13' })).toEqual({
      ok: false,
      reason: 'NIK does not match the birth date.',
    });
    expect(parseNik('3173051203850001', { birthDate: '1985-04-12' }).ok).toBe(false);
    expect(parseNik('3173051203850001', { birthDate: '1986-03-12' }).ok).toBe(false);
  });

  it('lets the stated birth date settle the century', () => {
    expect(parseNik('3173051203050001', { birthDate: '2005-03-12' }).ok).toBe(true);
    expect(parseNik('3173051203050001', { birthDate: '1905-03-12' }).ok).toBe(true);
  });

  it('refuses a stated birth date that is not a real date', () => {
    expect(parseNik('3173051203850001', { birthDate: '1985-02-30' })).toEqual({
      ok: false,
      reason: 'The birth date is not a valid date.',
    });
  });

  it('refuses a NIK whose gender differs from the stated gender', () => {
    expect(parseNik('3173051203850001', { gender: 'F' })).toEqual({ ok: false, reason: 'NIK does not match the gender.' });
    expect(parseNik('3578034311940004', { gender: 'M' }).ok).toBe(false);
  });
});

describe('NIP', () => {
  it('reads birth date, appointment month, gender and serial', () => {
    expect(value(parseNip('198503122010011001'))).toEqual({
      nip: '198503122010011001',
      birthDate: '1985-03-12',
      appointmentYear: 2010,
      appointmentMonth: 1,
      gender: 'M',
      serial: '001',
    });
  });

  it('reads gender digit 2 as a woman', () => {
    expect(value(parseNip('197208151998032004')).gender).toBe('F');
  });

  it('accepts the printed form with spaces', () => {
    expect(value(parseNip('19850312 201001 1 001')).nip).toBe('198503122010011001');
  });

  it.each([
    ['17 digits', '19850312201001100', 'NIP must be exactly 18 digits.'],
    ['letters', '1985031220100110AB', 'NIP must be exactly 18 digits.'],
    ['30 February birth date', '198502302010011001', 'NIP does not hold a valid birth date.'],
    ['birth year before 1900', '188503122010011001', 'NIP does not hold a valid birth date.'],
    ['appointment month 13', '198503122010131001', 'NIP does not hold a valid appointment month.'],
    ['appointment month 00', '198503122010001001', 'NIP does not hold a valid appointment month.'],
    ['appointment before birth', '198503121980011001', 'NIP does not hold a valid appointment month.'],
    ['gender digit 3', '198503122010013001', 'NIP has an invalid gender digit.'],
    ['serial 000', '198503122010011000', 'NIP has an invalid serial number.'],
  ])('refuses a NIP with %s', (_case, raw, reason) => {
    expect(parseNip(raw)).toEqual({ ok: false, reason });
  });

  it('must agree with a stated birth date and gender', () => {
    expect(parseNip('198503122010011001', { birthDate: '1985-03-12', gender: 'M' }).ok).toBe(true);
    expect(parseNip('198503122010011001', { birthDate: '1985-03-13' })).toEqual({
      ok: false,
      reason: 'NIP does not match the birth date.',
    });
    expect(parseNip('198503122010011001', { gender: 'F' })).toEqual({ ok: false, reason: 'NIP does not match the gender.' });
  });
});

describe('NIK and NIP of one person', () => {
  const nik = (raw: string) => value(parseNik(raw));
  const nip = (raw: string) => value(parseNip(raw));

  it('agree when birth date and gender are the same', () => {
    expect(nikMatchesNip(nik('3173051203850001'), nip('198503122010011001'))).toBe(true);
    expect(nikMatchesNip(nik('1173015508720002'), nip('197208151998032004'))).toBe(true);
  });

  it('disagree on gender', () => {
    expect(nikMatchesNip(nik('3173055203850001'), nip('198503122010011001'))).toBe(false);
  });

  it('disagree on the birth date, day, month or year', () => {
    expect(nikMatchesNip(nik('3173051303850001'), nip('198503122010011001'))).toBe(false);
    expect(nikMatchesNip(nik('3173051204850001'), nip('198503122010011001'))).toBe(false);
    expect(nikMatchesNip(nik('3173051203860001'), nip('198503122010011001'))).toBe(false);
  });
});

describe('KPJ and NIB', () => {
  it('accept exactly 11 and 13 digits', () => {
    expect(value(parseKpj('09012345678'))).toBe('09012345678');
    expect(value(parseNib('1234567890123'))).toBe('1234567890123');
  });

  it.each(['0901234567', '090123456789', '0901234567A', ''])('refuse the KPJ %p', (raw) => {
    expect(parseKpj(raw).ok).toBe(false);
  });

  it.each(['123456789012', '12345678901234', '123456789012X'])('refuse the NIB %p', (raw) => {
    expect(parseNib(raw).ok).toBe(false);
  });
});

describe('NPWP', () => {
  it('runs the Luhn check', () => {
    expect(luhnValid('013121660')).toBe(true);
    expect(luhnValid('013121661')).toBe(false);
    expect(luhnValid('79927398713')).toBe(true);
  });

  it('accepts the printed 15-digit form and stores digits only', () => {
    expect(value(parseNpwp('01.312.166.0-091.000'))).toBe('013121660091000');
    expect(value(parseNpwp('013121660091000'))).toBe('013121660091000');
    expect(value(parseNpwp('09.254.294.3-407.000'))).toBe('092542943407000');
  });

  it('refuses a 15-digit NPWP whose first 9 digits fail the Luhn check', () => {
    expect(parseNpwp('01.312.166.1-091.000')).toEqual({ ok: false, reason: 'NPWP check digit is wrong.' });
  });

  it('accepts 0 followed by the old 15 digits, Luhn on the first 10', () => {
    expect(value(parseNpwp('0013121660091000'))).toBe('0013121660091000');
    expect(parseNpwp('0013121661091000').ok).toBe(false);
  });

  it('accepts a valid NIK as a 16-digit NPWP and refuses an invalid one', () => {
    expect(value(parseNpwp('3173051203850001'))).toBe('3173051203850001');
    expect(parseNpwp('9973051203850001')).toEqual({
      ok: false,
      reason: 'A 16-digit NPWP must be a valid NIK or 0 followed by 15 digits.',
    });
  });

  it.each(['01312166009100', '01312166009100000', '01.312.166.0/091.000', 'NPWP 013121660091000'])('refuses %p', (raw) => {
    expect(parseNpwp(raw).ok).toBe(false);
  });
});
