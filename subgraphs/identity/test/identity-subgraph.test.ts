// The identity subgraph alone (no gateway, no agency subgraph): its schema answers the gateway's entity
// fetches for Person and HubDashboard, under its own access rules.
import { useSubgraph } from '#platform/testing/subgraph-harness';
import { staffCaller } from '#platform/testing/callers';
import { identityService } from '../src/service';

const admin = staffCaller(['HUB_ADMIN'], null, { email: 'admin@hub.local' });

const subgraph = useSubgraph(identityService);

test('Person entities resolve by NIK (an unknown NIK is a person with no known name)', async () => {
  const result = await subgraph.gql<{ _entities: Array<{ nik: string }> }>(
    `{ _entities(representations: [{ __typename: "Person", nik: "1173015508720002" }]) { ... on Person { nik } } }`,
    {},
    admin,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!._entities).toEqual([{ nik: '1173015508720002' }]);
});

test('the dashboard entity reports OTP delivery to staff and refuses anonymous callers', async () => {
  const QUERY = `{ _entities(representations: [{ __typename: "HubDashboard", id: "hub" }]) { ... on HubDashboard { otpDelivery { sent } } } }`;
  const staff = await subgraph.gql<{ _entities: Array<{ otpDelivery: { sent: number } }> }>(QUERY, {}, admin);
  expect(staff.errors).toBeUndefined();
  expect(staff.data!._entities[0].otpDelivery.sent).toBe(0);
  const anonymous = await subgraph.gql(QUERY);
  expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
