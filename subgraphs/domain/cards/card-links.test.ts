import { cardDownloadPath, cardNumberFromPath, signCardLink, verifyCardLink } from './card-links';

const secret = 'test-secret-for-links';

test('download paths name the agency and the card number, and parse back', () => {
  const path = cardDownloadPath('TASPEN', 'KPT-198503122010011001');
  expect(path).toBe('/cards/taspen/KPT-198503122010011001.pdf');
  expect(cardNumberFromPath('TASPEN', path)).toBe('KPT-198503122010011001');
  expect(cardNumberFromPath('BPJSTK', path)).toBeNull();
  expect(cardNumberFromPath('TASPEN', '/cards/taspen/../secret.pdf')).toBeNull();
});

test('a signed link verifies for its path until it expires', () => {
  const now = Date.UTC(2026, 10, 21, 9);
  const link = new URL(signCardLink(secret, '/cards/taspen/KPT-1.pdf', 600, now), 'http://hub');
  const [exp, sig] = [link.searchParams.get('exp'), link.searchParams.get('sig')];
  expect(verifyCardLink(secret, '/cards/taspen/KPT-1.pdf', exp, sig, now + 599_000)).toBe(true);
  expect(verifyCardLink(secret, '/cards/taspen/KPT-1.pdf', exp, sig, now + 601_000)).toBe(false);
  expect(verifyCardLink(secret, '/cards/taspen/KPT-2.pdf', exp, sig, now)).toBe(false);
  expect(verifyCardLink('another-secret-entirely', '/cards/taspen/KPT-1.pdf', exp, sig, now)).toBe(false);
  expect(verifyCardLink(secret, '/cards/taspen/KPT-1.pdf', String(Number(exp) + 1000), sig, now)).toBe(false);
});
