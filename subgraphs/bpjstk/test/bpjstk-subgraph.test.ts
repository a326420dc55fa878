// The bpjstk subgraph alone (no gateway, no other subgraph): its schema answers the gateway's entity
// fetches for Person and HubDashboard, under its own access rules.
import { useSubgraph } from '#platform/testing/subgraph-harness';
import { participantCaller, staffCaller } from '#platform/testing/callers';
import { bpjsTkService } from '../src/service';

const BUDI = '3173051203850001';
const ANDI = '1271022107900003';
const budi = participantCaller(BUDI);
const officer = staffCaller(['BPJSTK_OFFICER'], 'BPJSTK', { email: 'officer.bpjstk@hub.local' });

const PEOPLE = `query People($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Person { nik bpjsTk { kpj membership claims { totalCount } } } }
}`;

const subgraph = useSubgraph(bpjsTkService);

test('a person resolves their own BPJS TK record through _entities', async () => {
  const result = await subgraph.gql<{ _entities: Array<{ nik: string; bpjsTk: { kpj: string; membership: string; claims: { totalCount: number } } }> }>(
    PEOPLE,
    { representations: [{ __typename: 'Person', nik: BUDI }] },
    budi,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!._entities).toEqual([{ nik: BUDI, bpjsTk: { kpj: expect.stringMatching(/^\d{11}$/), membership: 'PU', claims: { totalCount: 0 } } }]);
});

test('someone else’s record is refused, and anonymous entity fetches see no record', async () => {
  const other = await subgraph.gql(PEOPLE, { representations: [{ __typename: 'Person', nik: ANDI }] }, budi);
  expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(JSON.stringify(other.data)).not.toContain('kpj');
  const anonymous = await subgraph.gql(PEOPLE, { representations: [{ __typename: 'Person', nik: BUDI }] });
  expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

test('the dashboard entity counts JHT claims by status for staff', async () => {
  const result = await subgraph.gql<{ _entities: Array<{ jhtClaimsByStatus: Array<{ status: string; count: number }> }> }>(
    `{ _entities(representations: [{ __typename: "HubDashboard", id: "hub" }]) { ... on HubDashboard { jhtClaimsByStatus { status count } } } }`,
    {},
    officer,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!._entities[0].jhtClaimsByStatus.map((entry) => entry.status).sort()).toEqual([
    'APPROVED',
    'NEEDS_REVISION',
    'PAID',
    'REJECTED',
    'SUBMITTED',
    'VERIFIED',
  ]);
});
