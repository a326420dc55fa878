// The taspen subgraph alone (no gateway, no other subgraph): its schema answers the gateway's entity
// fetches for Person and HubDashboard, under its own access rules.
import { expectEntityRefused, useSubgraph } from '#platform/testing/subgraph-harness';
import { participantCaller, staffCaller } from '#platform/testing/callers';
import { taspenService } from '../src/service';

const SITI = '1173015508720002';
const BUDI = '3173051203850001';
const siti = participantCaller(SITI);
const officer = staffCaller(['TASPEN_OFFICER'], 'TASPEN', { email: 'officer.taspen@hub.local' });

const PERSON = '... on Person { nik taspen { nip submissions { totalCount } } }';
const person = (nik: string) => ({ __typename: 'Person', nik });

const subgraph = useSubgraph(taspenService);

test('a person resolves their own Taspen record through _entities', async () => {
  const result = await subgraph.entities<{ nik: string; taspen: { nip: string; submissions: { totalCount: number } } }>([person(SITI)], PERSON, siti);
  expect(result.errors).toBeUndefined();
  expect(result.data!._entities).toEqual([{ nik: SITI, taspen: { nip: '197208151998032004', submissions: { totalCount: 0 } } }]);
});

test('someone else’s record is refused, and anonymous entity fetches see no record', async () => {
  await expectEntityRefused(subgraph, PERSON, { caller: siti, refused: person(BUDI), anonymous: person(SITI), hidden: 'nip' });
});

test('the dashboard entity counts submissions by status for staff', async () => {
  const result = await subgraph.entities<{ taspenSubmissionsByStatus: Array<{ status: string; count: number }> }>(
    [{ __typename: 'HubDashboard', id: 'hub' }],
    '... on HubDashboard { taspenSubmissionsByStatus { status count } }',
    officer,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!._entities[0].taspenSubmissionsByStatus.every((entry) => entry.count === 0)).toBe(true);
});
