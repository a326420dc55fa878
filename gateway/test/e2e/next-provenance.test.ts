// Provenance (next contract): each agency block says whose record it comes from and when that record
// last changed, from the agency's own timestamp.
import { BUDI_TK, withAccount } from '../support/bpjstk';
import { useTestHub } from '../support/test-hub';
import { participantToken } from '../support/tokens';

const MY_DATA_SOURCES = `query MyDataSources {
  me { person { nik taspen { nip source { agency updatedAt } } bpjsTk { kpj source { agency updatedAt } } } }
}`;

const hub = useTestHub();

test('Budi’s Taspen and BPJS TK blocks name their agency and the time each record last changed', async () => {
  const budi = await withAccount(hub, BUDI_TK);
  const token = await participantToken(hub, budi);
  const before = await hub.gql(MY_DATA_SOURCES, {}, { token });
  expect(before.errors).toBeUndefined();
  const person = before.data!.me.person;
  expect(person.taspen).toMatchObject({ nip: '198503122010011001', source: { agency: 'TASPEN' } });
  expect(person.bpjsTk).toMatchObject({ kpj: '09012345678', source: { agency: 'BPJSTK' } });
  const stored = async (sql: string) => new Date((await hub.pool.query(sql, [budi.nik])).rows[0].updated_at).toISOString();
  expect(person.taspen.source.updatedAt).toBe(await stored('select updated_at from taspen.participant where nik = $1'));
  expect(person.bpjsTk.source.updatedAt).toBe(await stored('select updated_at from bpjstk.participant where nik = $1'));

  // A change to the agency's record moves its block's updatedAt, and only that block's.
  await hub.pool.query(`update bpjstk.participant set employer = 'PT Contoh Baru' where nik = $1`, [budi.nik]);
  const after = (await hub.gql(MY_DATA_SOURCES, {}, { token })).data!.me.person;
  expect(Date.parse(after.bpjsTk.source.updatedAt)).toBeGreaterThan(Date.parse(person.bpjsTk.source.updatedAt));
  expect(after.taspen.source.updatedAt).toBe(person.taspen.source.updatedAt);
});
