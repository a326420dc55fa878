// The bpjstk subgraph alone (no gateway, no other subgraph): its schema answers the gateway's entity
// fetches for Person and HubDashboard, under its own access rules.
import { expectEntityRefused, useSubgraph } from '#platform/testing/subgraph-harness';
import { participantCaller, staffCaller } from '#platform/testing/callers';
import { bpjsTkService } from '../src/service';

const BUDI = '3173051203850001';
const ANDI = '1271022107900003';
const budi = participantCaller(BUDI);
const officer = staffCaller(['BPJSTK_OFFICER'], 'BPJSTK', { email: 'officer.bpjstk@hub.local' });

const PERSON = '... on Person { nik bpjsTk { kpj membership claims { totalCount } } }';
const person = (nik: string) => ({ __typename: 'Person', nik });

const subgraph = useSubgraph(bpjsTkService);

test('a person resolves their own BPJS TK record through _entities', async () => {
  const result = await subgraph.entities<{ nik: string; bpjsTk: { kpj: string; membership: string; claims: { totalCount: number } } }>(
    [person(BUDI)],
    PERSON,
    budi,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!._entities).toEqual([{ nik: BUDI, bpjsTk: { kpj: expect.stringMatching(/^\d{11}$/), membership: 'PU', claims: { totalCount: 0 } } }]);
});

test('someone else’s record is refused, and anonymous entity fetches see no record', async () => {
  await expectEntityRefused(subgraph, PERSON, { caller: budi, refused: person(ANDI), anonymous: person(BUDI), hidden: 'kpj' });
});

test('the dashboard entity counts JHT claims by status for staff', async () => {
  const result = await subgraph.entities<{ jhtClaimsByStatus: Array<{ status: string; count: number }> }>(
    [{ __typename: 'HubDashboard', id: 'hub' }],
    '... on HubDashboard { jhtClaimsByStatus { status count } }',
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
