// A partner's read of a person is written by each agency's subgraph as one entry per agency record it reached,
// naming exactly the fields the operation selected: not the field groups, not the fields around them, and not
// the record object itself. The person (and an auditor) sees one entry per client request and reader: the
// entries carry the gateway's id of the request, and identity's accessLog merges them.
import { randomUUID } from 'node:crypto';
import { useTestHub } from '../support/test-hub';
import { GRANT, partnerAccessToken, registerPartner, steppedUpToken, type RegisteredPartner } from '../support/consumers';
import { bpjsTkOf } from '../support/bpjstk';
import { auditVerify } from '../../src/audit-verify-command';
import { BUDI_TASPEN, register } from '../../../subgraphs/identity/test/support/flows';

const hub = useTestHub({ OUTBOX_POLL_MS: '3600000' });
let bank: RegisteredPartner;
let budiToken: string;
const BUDI_NIK = BUDI_TASPEN.identity.nik;

beforeAll(async () => {
  bank = await registerPartner(hub, 'Bank Catatan', ['PROFILE_READ', 'CARDS_READ', 'BALANCES_READ']);
  const registered = await register(hub, BUDI_TASPEN, 'budi.log@example.com');
  const token = await steppedUpToken(hub, { accountId: registered.accountId, nik: BUDI_NIK });
  budiToken = token;
  const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const granted = await hub.gql(
    GRANT,
    {
      input: { partnerId: bank.id, scopes: ['PROFILE_READ', 'CARDS_READ', 'BALANCES_READ'], purpose: 'Loan application', expiresAt },
    },
    { token },
  );
  expect(granted.errors).toBeUndefined();
});

async function entriesSince(id: number) {
  const { rows } = await hub.pool.query(
    `select action, fields from platform.access_log where id > $1 and subject_nik = $2 and actor_kind = 'PARTNER' order by id`,
    [id, BUDI_NIK],
  );
  return rows as Array<{ action: string; fields: string[] }>;
}

const lastId = async () => Number((await hub.pool.query('select coalesce(max(id), 0) as id from platform.access_log')).rows[0].id);

test('a partner read of several BPJS TK fields writes exactly one entry listing exactly those fields', async () => {
  const before = await lastId();
  const token = await partnerAccessToken(hub, bank);
  const read = await hub.gql(
    `query PartnerBpjsTk($nik: String!) { person(nik: $nik) { bpjsTk { kpj status card { number } jhtBalance { total } } } }`,
    { nik: BUDI_NIK },
    { token },
  );
  expect(read.errors).toBeUndefined();
  expect(read.data?.person.bpjsTk.card.number).toBe('09012345678');
  const entries = await entriesSince(before);
  expect(entries).toHaveLength(1);
  expect([...entries[0].fields].sort()).toEqual(['bpjsTk.card', 'bpjsTk.jhtBalance', 'bpjsTk.kpj', 'bpjsTk.status']);
  expect(entries[0].action).toBe('READ_BPJSTK');
});

test('fields of a group that were not selected are not named, and one field alone keeps its group action', async () => {
  const before = await lastId();
  const token = await partnerAccessToken(hub, bank);
  const read = await hub.gql(`query PartnerName($nik: String!) { person(nik: $nik) { fullName taspen { nip } } }`, { nik: BUDI_NIK }, { token });
  expect(read.errors).toBeUndefined();
  const entries = await entriesSince(before);
  expect(entries.map((e) => e.fields).sort()).toEqual([['identity.fullName'], ['taspen.nip']]);
  expect(entries.map((e) => e.action).sort()).toEqual(['READ_IDENTITY_PROFILE', 'READ_TASPEN_PROFILE']);
});

const OWN_LOG = `query OwnLog($first: Int!, $after: String) {
  me { person { accessLog(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { at actorKind actorName purpose fields action }
  } } }
}`;
type LogEntry = { at: string; actorKind: string; actorName: string; purpose: string | null; fields: string[]; action: string };
type LogPage = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: LogEntry[] };

async function ownLog(first = 20, after: string | null = null): Promise<LogPage> {
  const answer = await hub.gql(OWN_LOG, { first, after }, { token: budiToken });
  expect(answer.errors).toBeUndefined();
  return answer.data!.me.person.accessLog as LogPage;
}

const ACROSS_AGENCIES = `query PartnerAcross($nik: String!) {
  person(nik: $nik) { fullName taspen { nip card { number } } bpjsTk { kpj status } }
}`;
const ACROSS_FIELDS = ['bpjsTk.kpj', 'bpjsTk.status', 'identity.fullName', 'taspen.card', 'taspen.nip'];

test('a partner reading fullName, taspen and bpjsTk of a person in one request is one entry in the person’s log, naming exactly those fields', async () => {
  const before = await lastId();
  const logBefore = await ownLog();
  const token = await partnerAccessToken(hub, bank);
  const read = await hub.gql(ACROSS_AGENCIES, { nik: BUDI_NIK }, { token });
  expect(read.errors).toBeUndefined();
  expect(read.data?.person.taspen.card.number).toBeTruthy();

  // Each subgraph wrote its own entry, all under the gateway's one id of the request.
  const { rows } = await hub.pool.query(
    `select request_id from platform.access_log where id > $1 and subject_nik = $2 and actor_kind = 'PARTNER' order by id`,
    [before, BUDI_NIK],
  );
  expect(rows).toHaveLength(3);
  expect(new Set(rows.map((row) => row.request_id)).size).toBe(1);
  expect(rows[0].request_id).toMatch(/^[0-9a-f-]{36}$/);

  const log = await ownLog();
  expect(log.totalCount).toBe(logBefore.totalCount + 1);
  const [entry] = log.nodes;
  expect(entry).toMatchObject({ actorKind: 'PARTNER', actorName: 'Bank Catatan', purpose: 'Loan application', action: 'READ' });
  expect([...entry.fields].sort()).toEqual(ACROSS_FIELDS);
  expect(entry.fields).toHaveLength(ACROSS_FIELDS.length);
});

test('two requests are two entries, even when the client sends the same x-request-id with both', async () => {
  const logBefore = await ownLog();
  const token = await partnerAccessToken(hub, bank);
  const headers = { 'x-request-id': `same-${randomUUID()}` };
  for (let i = 0; i < 2; i += 1) {
    const read = await hub.gql(ACROSS_AGENCIES, { nik: BUDI_NIK }, { token, headers });
    expect(read.errors).toBeUndefined();
  }
  const log = await ownLog();
  expect(log.totalCount).toBe(logBefore.totalCount + 2);
  for (const entry of log.nodes.slice(0, 2)) expect([...entry.fields].sort()).toEqual(ACROSS_FIELDS);
});

test('a request id stated to a subgraph without the gateway’s key is not stored', async () => {
  const before = await lastId();
  const token = await partnerAccessToken(hub, bank);
  const direct = await bpjsTkOf(hub, BUDI_NIK, 'kpj', token, { 'x-hub-gateway-request-id': randomUUID() });
  expect(direct.errors).toBeUndefined();
  const { rows } = await hub.pool.query(`select request_id from platform.access_log where id > $1 and subject_nik = $2`, [before, BUDI_NIK]);
  expect(rows).toEqual([{ request_id: null }]);
});

test('pages count merged entries: walking the log one entry a page visits totalCount entries, each once', async () => {
  const first = await ownLog(1);
  const seen: string[] = [];
  let page = first;
  for (;;) {
    expect(page.totalCount).toBe(first.totalCount);
    expect(page.nodes).toHaveLength(1);
    seen.push(page.pageInfo.endCursor!);
    if (!page.pageInfo.hasNextPage) break;
    page = await ownLog(1, page.pageInfo.endCursor);
  }
  expect(seen).toHaveLength(first.totalCount);
  expect(new Set(seen).size).toBe(seen.length);
  // Raw rows outnumber what the person sees: the merged requests above.
  const {
    rows: [{ count }],
  } = await hub.pool.query(`select count(*)::int as count from platform.access_log where subject_nik = $1 and actor_kind = 'PARTNER'`, [BUDI_NIK]);
  expect(count).toBeGreaterThan(first.totalCount);
});

test('the hash chain with request ids (and more than nine entries) still verifies', async () => {
  const {
    rows: [{ count }],
  } = await hub.pool.query('select count(*)::int as count from platform.access_log');
  expect(count).toBeGreaterThan(9);
  const lines: string[] = [];
  const code = await auditVerify(hub.platform.databaseUrl, (line) => lines.push(line));
  expect(lines[0]).toMatch(/^ok: \d+ entries$/);
  expect(code).toBe(0);
});
