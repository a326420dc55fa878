// The lists the contract reads as plain lists (queueTickets, myConsents, partners, pendingPhoneVerifications)
// take a bounded `first`, and each has a connection-shaped sibling that pages with the shared PageInfo.
import { randomUUID } from 'node:crypto';
import { useTestHub } from '../support/test-hub';
import { DEWI as DEWI0, bpjsTkOf, withAccount } from '../support/bpjstk';
import { GRANT, registerPartner, steppedUpToken, type RegisteredPartner } from '../support/consumers';
import { participantToken, taspenOfficerToken } from '../support/tokens';
import { BUDI_TASPEN, SITI, register, registerUntil } from '../../../subgraphs/identity/test/support/flows';

const hub = useTestHub({ OUTBOX_POLL_MS: '3600000' });
let partners: RegisteredPartner[];

beforeAll(async () => {
  partners = [];
  for (const name of ['Bank Halaman A', 'Bank Halaman B', 'Bank Halaman C']) partners.push(await registerPartner(hub, name, ['CARDS_READ']));
});

type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<Record<string, unknown>> };

/** Every page of a connection, following endCursor; the ids in order. */
async function allPages(read: (after: string | null) => Promise<Page>, idKey = 'id'): Promise<{ ids: unknown[]; pages: number; totalCount: number }> {
  const ids: unknown[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount = 0;
  for (;;) {
    const page: Page = await read(after);
    pages += 1;
    totalCount = page.totalCount;
    ids.push(...page.nodes.map((node) => node[idKey]));
    if (!page.pageInfo.hasNextPage) return { ids, pages, totalCount };
    after = page.pageInfo.endCursor;
  }
}

const badFirst = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0].extensions;

test('partners: a bounded plain list, and pages of the same partners in the same order', async () => {
  const plain = await hub.gql(`query { partners(first: 2) { id } }`);
  expect(plain.data!.partners).toHaveLength(2);
  expect(badFirst(await hub.gql(`query { partners(first: 501) { id } }`))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  const everyone = (await hub.gql(`query { partners { id } }`)).data!.partners.map((p: { id: string }) => p.id);
  const paged = await allPages(
    async (after) =>
      (
        await hub.gql(
          `query($after: String) { partnersConnection(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }`,
          { after },
        )
      ).data!.partnersConnection,
  );
  expect(paged.ids).toEqual(everyone);
  expect(paged.totalCount).toBe(everyone.length);
  expect(paged.pages).toBe(Math.ceil(everyone.length / 2));
  expect(everyone).toEqual(expect.arrayContaining(partners.map((p) => p.id)));
});

test('myConsents: a bounded plain list, and pages of the same consents', async () => {
  const registered = await register(hub, BUDI_TASPEN, 'budi.pages@example.com');
  const token = await steppedUpToken(hub, { accountId: registered.accountId, nik: BUDI_TASPEN.identity.nik });
  for (const partner of partners) {
    const granted = await hub.gql(GRANT, { input: { partnerId: partner.id, scopes: ['CARDS_READ'], purpose: 'Paging test' } }, { token });
    expect(granted.errors).toBeUndefined();
  }
  expect((await hub.gql(`query { myConsents(first: 1) { id } }`, {}, { token })).data!.myConsents).toHaveLength(1);
  expect(badFirst(await hub.gql(`query { myConsents(first: -1) { id } }`, {}, { token }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  const all = (await hub.gql(`query { myConsents { id } }`, {}, { token })).data!.myConsents.map((c: { id: string }) => c.id);
  expect(all).toHaveLength(3);
  const paged = await allPages(
    async (after) =>
      (
        await hub.gql(
          `query($after: String) { myConsentsConnection(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id partner { name } } } }`,
          { after },
          { token },
        )
      ).data!.myConsentsConnection,
  );
  expect(paged).toEqual({ ids: all, pages: 2, totalCount: 3 });
  const foreign = await hub.gql(`query { myConsentsConnection(after: "bm90LWEtY3Vyc29y") { totalCount } }`, {}, { token });
  expect(badFirst(foreign)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
});

test('pendingPhoneVerifications: the officer pages through the same registrations as the plain list', async () => {
  for (let i = 0; i < 3; i++) await registerUntil(hub, SITI, `pending-${i}-${randomUUID()}@example.com`, 'VERIFY_PHONE');
  const token = await taspenOfficerToken(hub);
  const plain = (await hub.gql(`query { pendingPhoneVerifications(first: 200) { registrationId } }`, {}, { token })).data!.pendingPhoneVerifications;
  expect(plain.length).toBeGreaterThanOrEqual(3);
  // Bounded like the other plain lists: refused outside 0 to 200, not clamped into range.
  expect((await hub.gql(`query { pendingPhoneVerifications(first: 0) { registrationId } }`, {}, { token })).data!.pendingPhoneVerifications).toEqual([]);
  for (const first of [-1, 201]) {
    const refused = await hub.gql(`query($first: Int) { pendingPhoneVerifications(first: $first) { registrationId } }`, { first }, { token });
    expect(badFirst(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  }
  const paged = await allPages(
    async (after) =>
      (
        await hub.gql(
          `query($after: String) { pendingPhoneVerificationsConnection(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { registrationId } } }`,
          { after },
          { token },
        )
      ).data!.pendingPhoneVerificationsConnection,
    'registrationId',
  );
  expect(paged.ids).toEqual(plain.map((r: { registrationId: string }) => r.registrationId));
  expect(paged.totalCount).toBe(plain.length);
  const participant = await hub.gql(
    `query { pendingPhoneVerificationsConnection { totalCount } }`,
    {},
    { token: await participantToken(hub, { accountId: 'acc-x', nik: SITI.identity.nik }) },
  );
  expect(participant.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

test('queueTickets: a bounded plain list, and pages of the same tickets, latest slot first', async () => {
  const dewi = await withAccount(hub, DEWI0);
  const token = await participantToken(hub, dewi);
  const day = new Date(Date.now() + 7 * 3_600_000);
  day.setUTCDate(day.getUTCDate() + 2);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  const date = day.toISOString().slice(0, 10);
  for (const [service, hour] of [
    ['INFORMATION', 9],
    ['COMPLAINT', 10],
    ['REGISTRATION', 11],
  ] as const) {
    const booked = await hub.gql(
      `mutation($input: QueueBookingInput!) { bookQueueTicket(input: $input) { id } }`,
      { input: { branchId: 'lhokseumawe', service, slotStartsAt: new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`).toISOString() } },
      { token },
    );
    expect(booked.errors).toBeUndefined();
  }
  const plain = await bpjsTkOf(hub, dewi.nik, 'queueTickets { id } one: queueTickets(first: 1) { id }', token);
  expect(plain.bpjsTk.queueTickets).toHaveLength(3);
  expect(plain.bpjsTk.one).toEqual([plain.bpjsTk.queueTickets[0]]);
  const paged = await allPages(
    async (after) =>
      (
        await bpjsTkOf(
          hub,
          dewi.nik,
          `queueTicketsConnection(first: 2, after: ${after ? JSON.stringify(after) : 'null'}) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }`,
          token,
        )
      ).bpjsTk.queueTicketsConnection,
  );
  expect(paged).toEqual({ ids: plain.bpjsTk.queueTickets.map((t: { id: string }) => t.id), pages: 2, totalCount: 3 });
  const tooMany = await bpjsTkOf(hub, dewi.nik, 'queueTickets(first: 101) { id }', token);
  expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
});
