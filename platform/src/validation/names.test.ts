import { namesMatch } from './names';

describe('name matching', () => {
  test('ignores upper and lower case', () => {
    expect(namesMatch('SITI RAHMAWATI', 'Siti Rahmawati')).toBe(true);
  });

  test('ignores extra, missing and unusual spacing', () => {
    expect(namesMatch('  siti\t  rahmawati ', 'Siti Rahmawati')).toBe(true);
    expect(namesMatch('SitiRahmawati', 'Siti Rahmawati')).toBe(true);
  });

  test('a different letter is a different name', () => {
    expect(namesMatch('Siti Rahmawaty', 'Siti Rahmawati')).toBe(false);
    expect(namesMatch('Siti', 'Siti Rahmawati')).toBe(false);
  });

  test('an empty name never matches', () => {
    expect(namesMatch('   ', '')).toBe(false);
  });
});
