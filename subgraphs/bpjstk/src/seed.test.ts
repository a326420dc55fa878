import { loadConfig } from '#platform/config';
import { personas } from '#platform/seed/personas';
import { ledgerTotal } from './modules/ledger/ledger.builder';
import { ledgerSpan, personaLedger, SEED_LAST_ACTIVE_PERIOD } from './seed';

const config = loadConfig({ NODE_ENV: 'test' });
const workers = personas.people.filter((p) => p.bpjsTk);

test('every persona’s seeded ledger adds up to their JHT balance to the rupiah', () => {
  for (const person of workers) expect(ledgerTotal(personaLedger(person, config).entries)).toBe(person.bpjsTk!.jhtBalance);
});

test('inactive personas’ ledgers end with the month they left, active ones with the seed month', () => {
  for (const person of workers) {
    const { entries } = personaLedger(person, config);
    const expected = person.bpjsTk!.inactiveSince?.slice(0, 7) ?? SEED_LAST_ACTIVE_PERIOD;
    expect(entries[entries.length - 1].period).toBe(expected);
  }
});

test('contributions start at age 22, at most 15 years before the last month', () => {
  expect(ledgerSpan('1994-11-03', '2026-08')).toEqual({ firstPeriod: '2016-01', lastPeriod: '2026-08' });
  expect(ledgerSpan('1968-02-28', '2025-06')).toEqual({ firstPeriod: '2010-01', lastPeriod: '2025-06' });
  expect(ledgerSpan('2010-01-01', '2026-10')).toEqual({ firstPeriod: '2026-01', lastPeriod: '2026-10' });
});
