// A partner's read of a person is one access-log entry per agency record it reached, naming exactly the fields
// the operation selected: not the field groups, not the fields around them, and not the record object itself.
import { startTestHub, type TestHub } from '../support/test-hub';
import { GRANT, partnerAccessToken, registerPartner, steppedUpToken, type RegisteredPartner } from '../support/consumers';
import { BUDI_TASPEN, register } from '../../../subgraphs/identity/test/support/flows';

let hub: TestHub;
let bank: RegisteredPartner;
const BUDI_NIK = BUDI_TASPEN.identity.nik;

beforeAll(async () => {
  hub = await startTestHub({ OUTBOX_POLL_MS: '3600000' });
  bank = await registerPartner(hub, 'Bank Catatan', ['PROFILE_READ', 'CARDS_READ', 'BALANCES_READ']);
  const registered = await register(hub, BUDI_TASPEN, 'budi.log@example.com');
  const token = await steppedUpToken(hub, { accountId: registered.accountId, nik: BUDI_NIK });
  const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const granted = await hub.gql(GRANT, {
    input: { partnerId: bank.id, scopes: ['PROFILE_READ', 'CARDS_READ', 'BALANCES_READ'], purpose: 'Loan application', expiresAt },
  }, { token });
  expect(granted.errors).toBeUndefined();
});

afterAll(async () => {
  await hub?.close();
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
  const read = await hub.gql(
    `query PartnerName($nik: String!) { person(nik: $nik) { fullName taspen { nip } } }`,
    { nik: BUDI_NIK },
    { token },
  );
  expect(read.errors).toBeUndefined();
  const entries = await entriesSince(before);
  expect(entries.map((e) => e.fields).sort()).toEqual([['identity.fullName'], ['taspen.nip']]);
  expect(entries.map((e) => e.action).sort()).toEqual(['READ_IDENTITY_PROFILE', 'READ_TASPEN_PROFILE']);
});
