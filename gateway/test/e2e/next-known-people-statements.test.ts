// People known only to an agency, in a staff list: identity asks each agency once per request, so the
// statements of a list of 100 such people are those of a list of 10.
import { print } from 'graphql';
import { Client } from 'pg';
import { generatePeople } from '#domain/seed/generator';
import { seedGeneratedParticipants } from '../../../subgraphs/bpjstk/src/seed-generated';
import { StaffPeopleListDocument, type StaffPeopleListQuery } from '../../../schema/__generated__/operations';
import { countStatements, perRequestShapes } from '../support/sql-count';
import { staffCaller } from '#platform/testing/callers';
import { useTestHub } from '../support/test-hub';
import { tokenFor } from '../support/tokens';

const hub = useTestHub({ OUTBOX_POLL_MS: '3600000' });
let token: string;
let niks: string[];

beforeAll(async () => {
  // Workers written to the BPJS TK schema alone: identity has never heard of them.
  const workers = [...generatePeople(300)]
    .flat()
    .filter((p) => p.bpjsTk)
    .slice(0, 100);
  // The seeder COPYs, which takes a connection of its own (a Pool hands out none for a COPY stream).
  const client = new Client({ connectionString: hub.platform.databaseUrl });
  await client.connect();
  try {
    await seedGeneratedParticipants(workers, client);
  } finally {
    await client.end();
  }
  niks = workers.map((p) => p.nik);
  token = await tokenFor(hub, staffCaller(['BPJSTK_OFFICER'], 'BPJSTK', { accountId: 'staff-1', email: 'officer.bpjstk@hub.local', sessionId: 's1' }));
});

const readList = async (count: number) => {
  const result = await hub.gql<StaffPeopleListQuery>(
    print(StaffPeopleListDocument),
    { niks: niks.slice(0, count) },
    {
      token,
      headers: { 'x-access-purpose': 'statement-count test' },
    },
  );
  expect(result.data?.people.map((person) => person?.nik)).toEqual(niks.slice(0, count));
  return result;
};

test('people known only to BPJS TK are in a staff list, with their BPJS TK block', async () => {
  expect((await hub.pool.query('select count(*)::int as n from identity.person where nik = any($1)', [niks])).rows[0].n).toBe(0);
  const result = await readList(100);
  expect(result.data!.people.every((person) => person?.bpjsTk?.kpj)).toBe(true);
});

test('a list of 100 such people costs the statements of a list of 10', async () => {
  await readList(10);
  const ten = await countStatements(() => readList(10));
  const hundred = await countStatements(() => readList(100));
  process.stdout.write(`SQL statements, agency-only people: 10 → ${ten.count}, 100 → ${hundred.count}\n`);
  expect(perRequestShapes(hundred.statements)).toEqual(perRequestShapes(ten.statements));
});
