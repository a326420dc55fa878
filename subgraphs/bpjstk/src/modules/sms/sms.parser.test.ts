import { formatRupiah, parseSms } from './sms.parser';

describe('parsing SMS commands', () => {
  test('a registration with an e-mail address is understood', () => {
    expect(parseSms('DAFTAR SALDO#3578034311940004#Dewi Lestari#03-11-94#14087654321#dewi@example.com')).toEqual({
      kind: 'register',
      nik: '3578034311940004',
      fullName: 'Dewi Lestari',
      birthDay: 3,
      birthMonth: 11,
      birthYearTwoDigits: 94,
      kpj: '14087654321',
      email: 'dewi@example.com',
    });
  });

  test('case and extra spaces do not matter, and the e-mail is optional', () => {
    const command = parseSms('  daftar   saldo # 3578034311940004 #  dewi   lestari # 3-11-94 # 14087654321 ');
    expect(command).toMatchObject({ kind: 'register', fullName: 'dewi lestari', birthDay: 3, kpj: '14087654321', email: null });
  });

  test('a four-digit year is tolerated', () => {
    expect(parseSms('DAFTAR SALDO#3578034311940004#Dewi Lestari#03/11/1994#14087654321')).toMatchObject({
      kind: 'register',
      birthYearTwoDigits: 94,
      birthMonth: 11,
    });
  });

  test('a balance request names the KPJ', () => {
    expect(parseSms('SALDO#14087654321')).toEqual({ kind: 'balance', kpj: '14087654321' });
    expect(parseSms(' saldo # 14087654321 ')).toEqual({ kind: 'balance', kpj: '14087654321' });
  });

  test.each([
    'HALO',
    '',
    'SALDO',
    'SALDO#123',
    'DAFTAR SALDO#3578034311940004#Dewi#1994-11-03#14087654321',
    'DAFTAR SALDO#3578034311940004#Dewi#03-11-94',
    'DAFTAR#3578034311940004#Dewi#03-11-94#14087654321',
  ])('anything else (%p) is unknown', (text) => {
    expect(parseSms(text)).toEqual({ kind: 'unknown' });
  });
});

test('rupiah are written with dots as thousands separators', () => {
  expect(formatRupiah(8_523_400)).toBe('Rp 8.523.400');
  expect(formatRupiah(75_250_000)).toBe('Rp 75.250.000');
  expect(formatRupiah(999)).toBe('Rp 999');
  expect(formatRupiah(0)).toBe('Rp 0');
});
