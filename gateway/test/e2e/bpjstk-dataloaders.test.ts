// Reading many people's BPJS TK blocks costs the same number of SQL statements as reading one:
// every child list and reference goes through a per-request DataLoader.
import { useTestHub } from '../support/test-hub';
import { ANDI, BUDI_TK, DEWI, RUDI, STAFF_PURPOSE, WATI, staffToken } from '../support/bpjstk';

const hub = useTestHub();
let selects = 0; // statements sent by the bpjstk subgraph

beforeAll(async () => {
  const connection = hub.services.bpjstk.orm.em.getConnection();
  const execute = connection.execute.bind(connection);
  connection.execute = ((query: unknown, ...rest: unknown[]) => {
    selects++; // every statement, access-log writes included
    return (execute as (...a: unknown[]) => unknown)(query, ...rest);
  }) as typeof connection.execute;
});

const SELECTION = `kpj status
  card { number verificationCode }
  jhtBalance { total asOf }
  jhtStatement(year: 2025) { openingBalance closingBalance entries { period } }
  jhtClaimEligibility { eligible channel }
  claims(first: 5) { totalCount nodes { id } }
  queueTickets { id branch { name } }`;

async function statementsFor(niks: string[]): Promise<number> {
  const token = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
  selects = 0;
  const response = await fetch(hub.services.bpjstk.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...STAFF_PURPOSE },
    body: JSON.stringify({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { bpjsTk { ${SELECTION} } } } }`,
      variables: { reps: niks.map((nik) => ({ __typename: 'Person', nik })) },
    }),
  });
  const body = (await response.json()) as { data?: { _entities: Array<{ bpjsTk: unknown }> }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(body.data!._entities.every((e) => e.bpjsTk)).toBe(true);
  return selects;
}

test('five people cost no more SQL statements than one', async () => {
  const one = await statementsFor([DEWI.nik]);
  const five = await statementsFor([DEWI.nik, RUDI.nik, ANDI.nik, BUDI_TK.nik, WATI.nik]);
  expect(one).toBeGreaterThan(0);
  expect(five).toBe(one);
});
