// The field guards: valid input comes back normalised, invalid input is BAD_USER_INPUT naming the field.
import { badInput, expectBadInputNaming } from '../testing/bad-input';
import { requireDate, requireEmail, requireIntRange, requirePhone, requireRupiah, requireText } from './require';

describe('contact guards', () => {
  it('return the parsed value for valid input', () => {
    expect(requirePhone('phone', '081234567890')).toBe('+6281234567890');
    expect(requireEmail('email', 'Budi@Example.com')).toBe('budi@example.com');
  });

  it.each([
    ['newPhone', () => requirePhone('newPhone', '0215551234')],
    ['newEmail', () => requireEmail('newEmail', 'not-an-address')],
  ])('name the field %s when the value is invalid', (field, work) => expectBadInputNaming(field, work));
});

describe('requireDate', () => {
  it('accepts a real YYYY-MM-DD date', () => {
    expect(requireDate('birthDate', '2000-02-29')).toBe('2000-02-29');
  });

  it.each(['1985-02-30', '1985-13-01', '12-03-1985', '1985-3-12', ''])('refuses %p naming the field', (raw) => {
    expect(badInput(() => requireDate('birthDate', raw)).field).toBe('birthDate');
  });
});

describe('requireText', () => {
  it('trims and collapses inner whitespace', () => {
    expect(requireText('fullName', '  Budi \n  Santoso ')).toBe('Budi Santoso');
  });

  it('refuses empty, overlong and control-character text', () => {
    expect(badInput(() => requireText('fullName', '   ')).field).toBe('fullName');
    expect(badInput(() => requireText('reason', 'x'.repeat(11), 10)).field).toBe('reason');
    expect(badInput(() => requireText('address', 'Jl. Merdeka\u0000 1')).field).toBe('address');
  });
});

describe('requireIntRange', () => {
  it('accepts whole numbers inside the range and refuses others', () => {
    expect(requireIntRange('jkkRiskClass', 5, 1, 5)).toBe(5);
    expect(badInput(() => requireIntRange('jkkRiskClass', 6, 1, 5)).field).toBe('jkkRiskClass');
    expect(badInput(() => requireIntRange('rating', 2.5, 1, 5)).field).toBe('rating');
  });
});

describe('requireRupiah', () => {
  it('accepts whole rupiah as a number or a digit string', () => {
    expect(requireRupiah('monthlyIncome', 5_000_000)).toBe(5_000_000);
    expect(requireRupiah('monthlyIncome', ' 5000000 ')).toBe(5_000_000);
  });

  it.each([0, -1, 1.5, '5.000.000', 'lima juta', Number.MAX_SAFE_INTEGER + 1])('refuses %p', (raw) => {
    expect(badInput(() => requireRupiah('monthlyWage', raw)).field).toBe('monthlyWage');
  });
});
