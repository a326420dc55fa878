// The card registry against a real PostgreSQL (the run's test server, a database of its own).
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, type TestDatabase } from '#platform/testing/test-database';
import { initOrm } from '#platform/db/orm';
import { migratePlatform } from '#platform/db/platform-schema';
import { signCardCode } from './card-code';
import { ensureCard, findCards, issueCard, revokeCard, verifyCard } from './card-registry';
import { testCardKeys } from '#platform/testing/test-keys';

let database: TestDatabase;
let orm: MikroORM;
let em: () => EntityManager;
let keys: Awaited<ReturnType<typeof testCardKeys>>;

const budi = { agency: 'TASPEN' as const, number: 'KPT-198503122010011001', nik: '3173051203850001', holderName: 'Budi Santoso', issuedAt: '2020-01-15' };

beforeAll(async () => {
  database = await createTestDatabase();
  await migratePlatform(database.url);
  orm = await initOrm({ databaseUrl: database.url, schema: 'public', entities: [], migrations: [] });
  em = () => orm.em.fork();
  keys = await testCardKeys();
});

afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

test('an issued card verifies with its holder name masked', async () => {
  const card = await issueCard(em(), keys, budi);
  await expect(verifyCard(em(), keys, card.verificationCode)).resolves.toEqual({
    valid: true,
    agency: 'TASPEN',
    cardNumber: budi.number,
    holderName: 'Bu** Sa*****',
    issuedAt: '2020-01-15',
  });
});

test('a correctly signed code for a card the registry does not know is not valid', async () => {
  const code = await signCardCode(keys, { agency: 'BPJSTK', number: 'KPJ-00000000000', nikHash: 'x', issuedAt: '2020-01-01' });
  await expect(verifyCard(em(), keys, code)).resolves.toMatchObject({ valid: false, holderName: null });
});

test('renewing a card gives a new code and retires the old one', async () => {
  const old = await issueCard(em(), keys, { ...budi, number: 'KPT-RENEW' });
  const renewed = await issueCard(em(), keys, { ...budi, number: 'KPT-RENEW', issuedAt: '2026-11-21' });
  expect(renewed.verificationCode).not.toBe(old.verificationCode);
  expect((await verifyCard(em(), keys, old.verificationCode)).valid).toBe(false);
  expect((await verifyCard(em(), keys, renewed.verificationCode)).valid).toBe(true);
});

test('a revoked card no longer verifies nor is listed', async () => {
  const card = await issueCard(em(), keys, { ...budi, number: 'KPT-REVOKED' });
  await expect(revokeCard(em(), 'TASPEN', 'KPT-REVOKED')).resolves.toBe(true);
  expect((await verifyCard(em(), keys, card.verificationCode)).valid).toBe(false);
  await expect(findCards(em(), keys, 'TASPEN', ['KPT-REVOKED'])).resolves.toEqual([]);
});

test('seeding keeps an existing card as it is, and lookups take many numbers in one go', async () => {
  await ensureCard(em(), { ...budi, number: 'KPT-SEEDED' });
  await ensureCard(em(), { ...budi, number: 'KPT-SEEDED', issuedAt: '2026-01-01' });
  await ensureCard(em(), { ...budi, number: 'KPT-OTHER', holderName: 'Siti Rahmawati' });
  const cards = await findCards(em(), keys, 'TASPEN', ['KPT-SEEDED', 'KPT-OTHER', 'KPT-NONE']);
  expect(cards.map((card) => [card.number, card.issuedAt]).sort()).toEqual([
    ['KPT-OTHER', '2020-01-15'],
    ['KPT-SEEDED', '2020-01-15'],
  ]);
});
