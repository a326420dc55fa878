import { nikHash, signCardCode, verifyCardCode, type CardClaims } from './card-code';
import { testCardKeys } from '#platform/testing/test-keys';

const claims: CardClaims = {
  agency: 'TASPEN',
  number: 'KPT-198503122010011001',
  nikHash: nikHash('3173051203850001'),
  issuedAt: '2020-01-15',
};

test('a signed code verifies and gives back its claims', async () => {
  const keys = await testCardKeys();
  const code = await signCardCode(keys, claims);
  await expect(verifyCardCode(keys, code)).resolves.toEqual(claims);
});

test('the same card always gets the same code, and a renewed card a different one', async () => {
  const keys = await testCardKeys();
  const first = await signCardCode(keys, claims);
  expect(await signCardCode(keys, claims)).toBe(first);
  expect(await signCardCode(keys, { ...claims, issuedAt: '2026-11-21' })).not.toBe(first);
});

test('a code stays short enough for a small QR code', async () => {
  const code = await signCardCode(await testCardKeys(), claims);
  expect(code.length).toBeLessThan(300);
});

test('an altered payload, an altered signature or another key is refused', async () => {
  const keys = await testCardKeys();
  const code = await signCardCode(keys, claims);
  const [header, payload, signature] = code.split('.');
  const forgedPayload = Buffer.from(Buffer.from(payload, 'base64url').toString('utf8').replace('KPT-198503122010011001', 'KPT-197208151998032004')).toString(
    'base64url',
  );
  await expect(verifyCardCode(keys, `${header}.${forgedPayload}.${signature}`)).resolves.toBeNull();
  const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
  await expect(verifyCardCode(keys, `${header}.${payload}.${flipped}`)).resolves.toBeNull();
  const otherKeys = await testCardKeys();
  await expect(verifyCardCode(otherKeys, code)).resolves.toBeNull();
});

test('garbage is refused without throwing', async () => {
  const keys = await testCardKeys();
  for (const garbage of ['', 'abc', 'a.b.c', 'x'.repeat(2000), '...']) {
    await expect(verifyCardCode(keys, garbage)).resolves.toBeNull();
  }
});

test('the NIK hash does not spell out the NIK and differs per person', () => {
  expect(nikHash('3173051203850001')).not.toContain('3173051203850001');
  expect(nikHash('3173051203850001')).not.toBe(nikHash('1173015508720002'));
  expect(nikHash('3173051203850001')).toHaveLength(22);
});
