import { probe, readiness } from './readiness';

test('a check that fails or does not settle in time counts as down', async () => {
  expect(await probe(async () => {}, 20)).toBe(true);
  expect(
    await probe(async () => {
      throw new Error('down');
    }, 20),
  ).toBe(false);
  expect(await probe(() => new Promise(() => {}), 20)).toBe(false);
});

test('the report names every check and lists the ones that are down', async () => {
  expect(await readiness({ database: async () => {}, keyValueStore: () => Promise.reject(new Error('no')) }, 20)).toEqual({
    status: 'unavailable',
    checks: { database: 'up', keyValueStore: 'down' },
    down: ['keyValueStore'],
  });
  expect(await readiness({}, 20)).toEqual({ status: 'ready', checks: {}, down: [] });
});
