// Finding 10 of issue 11: revocation that lasts. With the in-process key-value store, a logout and an account
// reset used to be forgotten on restart; the taspen and bpjstk subgraphs never checked a disabled account.
// Both now hold across a restart of the whole hub and at every subgraph directly.
import { randomUUID } from 'node:crypto';
import { loadConfig } from '#platform/config';
import { createLogger } from '#platform/logger';
import { startHub, type Hub } from '../../src/hub';
import { createTestDatabase, type TestDatabase } from '#platform/testing/test-database';
import { BUDI, participantToken } from '../support/tokens';
import { withAccount } from '../support/bpjstk';

let database: TestDatabase;

const startOn = (url: string) =>
  startHub({
    config: loadConfig({ NODE_ENV: 'test', HUB_DATA_DIR: process.env.HUB_TEST_DATA_DIR, LOG_LEVEL: 'silent', TRUST_PROXY: 'loopback' }),
    databaseUrl: url,
    port: 0,
    log: createLogger({ level: 'silent', service: 'test-hub' }),
  });

const me = (hub: Hub, token: string) =>
  fetch(`http://localhost:${hub.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { id } }' }),
  }).then((r) => r.status);

async function gql(hub: Hub, query: string, variables: Record<string, unknown> = {}, token?: string, headers: Record<string, string> = {}) {
  const response = await fetch(`http://localhost:${hub.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as any;
}

const direct = (url: string, token: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ __typename }' }),
  }).then((r) => r.status);

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

test('a logged-out token and a reset account’s token stay refused after a restart, at the gateway and at every subgraph', async () => {
  let hub = await startOn(database.url);
  let loggedOut: string;
  let disabled: string;
  try {
    const budi = await withAccount(hub, BUDI);
    // Sessions are refresh-token families (uuids), as a real sign-in makes them.
    const session = async () =>
      (await hub.platform.issuer.issue({ kind: 'participant', accountId: budi.accountId, nik: budi.nik, sessionId: randomUUID(), stepUpAt: null })).token;
    loggedOut = await session();
    disabled = await session();
    const out = await gql(hub, 'mutation { logout }', {}, loggedOut);
    expect(out).toEqual({ data: { logout: true } });
    expect(await me(hub, loggedOut)).toBe(401);
    // An approved account reset disables the account and ends its sessions.
    const ticket = await gql(hub, `mutation($input: AccountResetInput!) { requestAccountReset(input: $input) { ticketId } }`, {
      input: {
        nik: BUDI.nik,
        fullName: BUDI.fullName,
        birthDate: BUDI.birthDate,
        newEmail: 'budi.new@example.id',
        newPhone: '081211112222',
        reason: 'Lost my phone',
      },
    });
    const officer = (
      await hub.platform.issuer.issue({
        kind: 'staff',
        accountId: (await hub.pool.query(`select id from identity.account where email = 'officer.taspen@hub.local'`)).rows[0].id,
        email: 'officer.taspen@hub.local',
        roles: ['TASPEN_OFFICER'],
        agency: 'TASPEN',
        branch: null,
        sessionId: randomUUID(),
      })
    ).token;
    const resolved = await gql(
      hub,
      `mutation($id: ID!) { resolveAccountReset(ticketId: $id, approve: true, note: "KTP seen") { status } }`,
      { id: ticket.data.requestAccountReset.ticketId },
      officer,
      { 'x-access-purpose': 'Account reset ticket' },
    );
    expect(resolved).toEqual({ data: { resolveAccountReset: { status: 'APPROVED' } } });
    expect(await me(hub, disabled)).toBe(401);
  } finally {
    await hub.close();
  }
  hub = await startOn(database.url);
  try {
    expect(await me(hub, loggedOut)).toBe(401);
    expect(await me(hub, disabled)).toBe(401);
    for (const service of Object.values(hub.services)) {
      expect(await direct(service.url, loggedOut)).toBe(401);
      expect(await direct(service.url, disabled)).toBe(401);
    }
    const fresh = await participantToken(hub, { accountId: randomUUID(), nik: BUDI.nik });
    expect(await direct(hub.services.taspen.url, fresh)).toBe(200);
  } finally {
    await hub.close();
  }
});
