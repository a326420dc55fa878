// The number of SQL statements a list read makes does not grow with the length of the list: every
// entity reference and child list goes through a DataLoader (STYLE.md §4). Counted at the PostgreSQL
// client, with the whole hub running in this process.
import { print } from 'graphql';
import { generatePeople } from '#domain/seed/generator';
import { seedGeneratedPeople } from '#domain/seed/run-seed';
import { StaffPeopleListDocument, type StaffPeopleListQuery } from '../../../schema/__generated__/operations';
import { SERVICES } from '../../src/seed-command';
import { staffCaller } from '#platform/testing/callers';
import { countStatements, perRequestShapes } from '../support/sql-count';
import { useTestHub } from '../support/test-hub';
import { tokenFor } from '../support/tokens';

const PEOPLE_LIST = print(StaffPeopleListDocument);

describe('SQL statements of a staff list read through the gateway', () => {
  // No background polling while statements are counted.
  const hub = useTestHub({ OUTBOX_POLL_MS: '3600000' });
  let token: string;
  let niks: string[];

  beforeAll(async () => {
    await seedGeneratedPeople(hub.platform.databaseUrl, SERVICES, { people: 100 });
    niks = [...generatePeople(100)].flat().map((person) => person.nik);
    token = await tokenFor(hub, staffCaller(['HUB_ADMIN'], null, { accountId: 'staff-1', email: 'admin@hub.local', sessionId: 's1' }));
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
    expect(perRequestShapes(hundred.statements)).toEqual(perRequestShapes(ten.statements));
  });
});
