// The number of SQL statements a list read makes does not grow with the length of the list: every
// entity reference and child list goes through a DataLoader (STYLE.md §4). Counted at the PostgreSQL
// client, with the whole hub running in this process.
import { print } from 'graphql';
import { Client } from 'pg';
import { generatePeople } from '#domain/seed/generator';
import { seedGeneratedPeople } from '#domain/seed/run-seed';
import { StaffPeopleListDocument, type StaffPeopleListQuery } from '../../../schema/__generated__/operations';
import { SERVICES } from '../../src/seed-command';
import { startTestHub, type TestHub } from '../support/test-hub';

const PEOPLE_LIST = print(StaffPeopleListDocument);

/** A statement's shape: literals and IN lists folded, so that the same query for other rows reads the same. */
const shape = (sql: string) =>
  sql
    .replace(/\s+/g, ' ')
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\b\d+\b/g, '?')
    .replace(/in \((?:\?, )*\?\)/gi, 'in (…)')
    .trim();

/** Counts every statement sent through any pg client of this process while `work` runs. */
async function countStatements(work: () => Promise<unknown>): Promise<{ count: number; statements: string[] }> {
  const statements: string[] = [];
  const original = Client.prototype.query;
  Client.prototype.query = function countedQuery(this: Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    statements.push(typeof first === 'string' ? first : (first?.text ?? '?'));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof Client.prototype.query;
  try {
    await work();
  } finally {
    Client.prototype.query = original;
  }
  return { count: statements.length, statements };
}

describe('SQL statements of a staff list read through the gateway', () => {
  let hub: TestHub;
  let token: string;
  let niks: string[];

  beforeAll(async () => {
    // No background polling while statements are counted.
    hub = await startTestHub({ OUTBOX_POLL_MS: '3600000' });
    await seedGeneratedPeople(hub.platform.databaseUrl, SERVICES, { people: 100 });
    niks = [...generatePeople(100)].flat().map((person) => person.nik);
    ({ token } = await hub.platform.issuer.issue({
      kind: 'staff',
      accountId: 'staff-1',
      email: 'admin@hub.local',
      roles: ['HUB_ADMIN'],
      agency: null,
      branch: null,
      sessionId: 's1',
    }));
  });

  afterAll(async () => {
    await hub?.close();
  });

  const readList = async (count: number) => {
    const result = await hub.gql<StaffPeopleListQuery>(
      PEOPLE_LIST,
      { niks: niks.slice(0, count) },
      { token, headers: { 'x-access-purpose': 'statement-count test' } },
    );
    expect(result.data?.people.map((person) => person?.nik)).toEqual(niks.slice(0, count));
    return result;
  };

  it('returns the generated people with their agency records', async () => {
    const result = await readList(100);
    expect(result.data!.people.filter((person) => person?.taspen || person?.bpjsTk).length).toBeGreaterThan(30);
  });

  it('costs the same number of statements for 10 people as for 100', async () => {
    await readList(10); // warm-up: first-use work (metadata, prepared connections) is not counted
    const ten = await countStatements(() => readList(10));
    const hundred = await countStatements(() => readList(100));
    process.stdout.write(`SQL statements: 10 people → ${ten.count}, 100 people → ${hundred.count}\n`);
    expect(ten.count).toBeGreaterThan(0);
    // Concurrent subgraph fetches interleave, so statements are compared as a sorted list of shapes. The token's
    // revocation lookup is per caller and cached for a few seconds (not per row), so it is left out.
    const perRequest = (statements: string[]) =>
      statements
        .map(shape)
        .filter((s) => !s.includes('platform.revocation'))
        .sort();
    expect(perRequest(hundred.statements)).toEqual(perRequest(ten.statements));
  });
});
