// The identifier rules of DOMAIN.md, case by case.
import { parseEmail, parsePhone, type Check } from './identifiers';

function value<T>(check: Check<T>): T {
  if (!check.ok) throw new Error(`expected a valid value, got: ${check.reason}`);
  return check.value;
}

describe('mobile phone numbers', () => {
  it.each([
    ['081234567890', '+6281234567890'],
    ['+6281234567890', '+6281234567890'],
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['08123456789', '+628123456789'], // 10 digits after the leading 0 (the fewest)
    ['08123456789012', '+628123456789012'], // 13 digits after the leading 0 (the most)
  ])('stores %p as %p', (raw, stored) => {
    expect(value(parsePhone(raw))).toBe(stored);
  });

  it.each([
    ['a landline', '0215551234'],
    ['a foreign number', '+14155550123'],
    ['9 digits after the leading 0', '0812345678'],
    ['14 digits after the leading 0', '081234567890123'],
    ['no prefix', '81234567890'],
    ['letters', '0812345678ab'],
  ])('refuses %s', (_case, raw) => {
    expect(parsePhone(raw).ok).toBe(false);
  });
});

describe('e-mail addresses', () => {
  it('trims and lower-cases', () => {
    expect(value(parseEmail('  Budi.Santoso@Example.CO.ID '))).toBe('budi.santoso@example.co.id');
  });

  it.each(['budi', 'budi@', '@example.com', 'budi@example', 'bu di@example.com', 'budi..s@example.com', `${'a'.repeat(250)}@example.com`])(
    'refuses %p',
    (raw) => {
      expect(parseEmail(raw).ok).toBe(false);
    },
  );
});
