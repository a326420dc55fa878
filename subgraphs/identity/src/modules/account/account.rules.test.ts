import { passwordProblem } from './account.rules';

const EMAIL = 'siti.rahmawati@example.com';

describe('password policy', () => {
  test('accepts a long, uncommon password', () => {
    expect(passwordProblem('kopi-susu-Lhokseumawe-72', EMAIL)).toBeNull();
  });

  test('refuses fewer than eight characters', () => {
    expect(passwordProblem('xK9#q2!', EMAIL)).toMatch(/at least 8/);
  });

  test('refuses the e-mail address in any case', () => {
    expect(passwordProblem('Siti.Rahmawati@Example.com', EMAIL)).toMatch(/e-mail/);
  });

  test('refuses the local part of the e-mail address', () => {
    expect(passwordProblem('siti.rahmawati', EMAIL)).toMatch(/e-mail/);
  });

  test('refuses passwords from the common-password list, whatever their case', () => {
    expect(passwordProblem('password', EMAIL)).toMatch(/too common/);
    expect(passwordProblem('Qwertyuiop', EMAIL)).toMatch(/too common/);
    expect(passwordProblem('12345678', EMAIL)).toMatch(/too common/);
  });
});
