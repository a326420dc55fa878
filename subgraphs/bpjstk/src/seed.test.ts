import { loadConfig } from '#platform/config';
import { bpjsTkConfig } from './config';
import { personas } from '#domain/seed/personas';
import { ledgerTotal } from './modules/ledger/ledger.builder';
import { ledgerSpan, personaLedger, SEED_LAST_ACTIVE_PERIOD } from './seed';

const config = bpjsTkConfig(loadConfig({ NODE_ENV: 'test' }));
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

test('every persona’s ledger starts in the month of their memberSince', () => {
  for (const person of workers) expect(personaLedger(person, config).entries[0].period).toBe(person.bpjsTk!.memberSince.slice(0, 7));
});

test('the span runs from memberSince to inactiveSince, or to the seed month while active', () => {
  expect(ledgerSpan({ memberSince: '2017-04-03', inactiveSince: '2026-08-31' })).toEqual({ firstPeriod: '2017-04', lastPeriod: '2026-08' });
  expect(ledgerSpan({ memberSince: '2012-01-15' })).toEqual({ firstPeriod: '2012-01', lastPeriod: SEED_LAST_ACTIVE_PERIOD });
});
