// Every person an agency knows is in the graph (next contract): person(nik) and people(niks) find
// someone known only to BPJS TK (a BPU registrant, an employer's worker) or only to Taspen, with or
// without a hub account, the moment the agency knows them.
import { STAFF_PURPOSE, staffToken } from '../support/bpjstk';
import { SARI, TONO, bpuInput, employerInput, pay } from '../support/registrations';
import { useTestHub } from '../support/test-hub';
import { taspenOfficerToken } from '../support/tokens';

const PERSON = `query Person($nik: String!) {
  person(nik: $nik) { nik fullName birthDate bpjsTk { kpj status membership memberSince } taspen { nip status } }
}`;
const PEOPLE = `query People($niks: [String!]!) { people(niks: $niks) { nik fullName bpjsTk { kpj status } } }`;
const REGISTER_BPU = `mutation RegisterBpuParticipant($input: BpuRegistrationInput!) {
  registerBpuParticipant(input: $input) { id kpj paymentCode { code amount } }
}`;
const REGISTER_EMPLOYER = `mutation RegisterEmployer($input: EmployerRegistrationInput!) {
  registerEmployer(input: $input) { id paymentCode { code amount } workers { nik kpj } }
}`;

const TASPEN_ONLY = { nik: '3201014506800001', fullName: 'Ratna Kusuma', birthDate: '1980-06-05', nip: '198006052005012001' };

const hub = useTestHub();

test('a BPJS TK officer reads a BPU registrant right after the payment, though identity never heard of them', async () => {
  const officer = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
  const registered = await hub.gql(REGISTER_BPU, { input: bpuInput() });
  expect(registered.errors).toBeUndefined();
  const { kpj, paymentCode } = registered.data!.registerBpuParticipant;
  // The registrant's answer names no KPJ (issue 11: a registration reveals nothing); the officer reads it.
  expect(kpj).toBeNull();
  expect((await hub.pool.query('select 1 from identity.person where nik = $1', [SARI.nik])).rowCount).toBe(0);
  expect((await hub.pool.query('select 1 from identity.account where nik = $1', [SARI.nik])).rowCount).toBe(0);
  expect((await pay(hub, paymentCode.code, paymentCode.amount)).status).toBe(200);

  const read = await hub.gql(PERSON, { nik: SARI.nik }, { token: officer, headers: STAFF_PURPOSE });
  // A BPJS TK officer does not read Taspen blocks (and Sari has none).
  expect(read.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['person.taspen', 'FORBIDDEN']]);
  expect(read.data!.person).toEqual({
    nik: SARI.nik,
    fullName: SARI.fullName,
    birthDate: SARI.birthDate,
    bpjsTk: { kpj: expect.stringMatching(/^\d{11}$/), status: 'ACTIVE', membership: 'BPU', memberSince: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    taspen: null,
  });
  // The read is in the person's access log, like any other staff read.
  const logged = await hub.pool.query(`select action from platform.access_log where subject_nik = $1 and actor_kind = 'STAFF'`, [SARI.nik]);
  expect(logged.rows.map((r) => r.action).filter((action: string) => action.startsWith('READ_BPJSTK'))).toHaveLength(1);
});

test('an employer’s new workers are in the graph, in a staff list next to people identity knows', async () => {
  const officer = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
  const registered = await hub.gql(REGISTER_EMPLOYER, { input: employerInput({ workers: [{ ...TONO, monthlyWage: 5_000_000 }] }) });
  expect(registered.errors).toBeUndefined();
  const list = await hub.gql(PEOPLE, { niks: [TONO.nik, '3173051203850001', '3173050101990009'] }, { token: officer, headers: STAFF_PURPOSE });
  expect(list.errors).toBeUndefined();
  expect(list.data!.people[0]).toMatchObject({
    nik: TONO.nik,
    fullName: TONO.fullName,
    bpjsTk: { kpj: expect.stringMatching(/^\d{11}$/), status: 'PENDING_PAYMENT' },
  });
  expect(list.data!.people[1]).toMatchObject({ nik: '3173051203850001', fullName: 'Budi Santoso' });
  expect(list.data!.people[2]).toBeNull();
});

test('a Taspen officer reads someone known only to Taspen; an unknown NIK is still null', async () => {
  await hub.pool.query(
    `insert into taspen.participant (nip, nik, full_name, birth_date, employer, status, appointed_on, tht_balance, tht_balance_as_of)
     values ($1, $2, $3, $4, 'Pemerintah Kota Bogor', 'ACTIVE', '2005-01-01', 1000000, '2026-10-31')`,
    [TASPEN_ONLY.nip, TASPEN_ONLY.nik, TASPEN_ONLY.fullName, TASPEN_ONLY.birthDate],
  );
  const officer = await taspenOfficerToken(hub);
  const read = await hub.gql(PERSON, { nik: TASPEN_ONLY.nik }, { token: officer, headers: STAFF_PURPOSE });
  expect(read.data!.person).toMatchObject({ nik: TASPEN_ONLY.nik, fullName: TASPEN_ONLY.fullName, taspen: { nip: TASPEN_ONLY.nip, status: 'ACTIVE' } });
  expect(read.errors?.map((e) => e.extensions?.code) ?? []).toEqual(['FORBIDDEN']); // bpjsTk: a Taspen officer does not read BPJS TK
  const unknown = await hub.gql(PERSON, { nik: '3173050101990009' }, { token: officer, headers: STAFF_PURPOSE });
  expect(unknown.errors).toBeUndefined();
  expect(unknown.data!.person).toBeNull();
});

test('a stranger learns nothing more: without a purpose staff are refused, a participant reads only their own NIK', async () => {
  const officer = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
  expect((await hub.gql(PERSON, { nik: SARI.nik }, { token: officer })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await hub.gql(PERSON, { nik: SARI.nik })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
