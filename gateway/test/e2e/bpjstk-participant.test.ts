// A participant's BPJS TK overview, JHT balance and statement, and claim eligibility of the personas.
import { useTestHub } from '../support/test-hub';
import {
  ANDI as ANDI0,
  BUDI_TK as BUDI0,
  DEWI as DEWI0,
  RUDI as RUDI0,
  STAFF_PURPOSE,
  WATI as WATI0,
  bpjsTkOf,
  kioskToken,
  staffToken,
  withAccount,
} from '../support/bpjstk';
import { participantToken } from '../support/tokens';

const hub = useTestHub();
let [DEWI, RUDI, ANDI, BUDI_TK, WATI] = [DEWI0, RUDI0, ANDI0, BUDI0, WATI0];

beforeAll(async () => {
  [DEWI, RUDI, ANDI, BUDI_TK, WATI] = await Promise.all([DEWI0, RUDI0, ANDI0, BUDI0, WATI0].map((p) => withAccount(hub, p)));
});

const OVERVIEW = `query Overview($nik: String!) {
  person(nik: $nik) {
    nik
    bpjsTk {
      kpj membership status employer inactiveSince
      card { number issuedAt downloadUrl verificationCode }
      jhtBalance { total contributions returns asOf }
      claims(first: 10) { totalCount nodes { id status channel trackingCode submittedAt } }
      queueTickets { id number service slotStartsAt status branch { id name } }
    }
  }
}`;

const ME_OVERVIEW = `query MyOverview { me { id person { nik bpjsTk {
  kpj membership status
  card { number issuedAt downloadUrl verificationCode }
  jhtBalance { total contributions returns asOf }
  claims(first: 10) { totalCount nodes { id status channel trackingCode submittedAt } }
  queueTickets { id number service slotStartsAt status branch { id name } }
} } } }`;

const ELIGIBILITY = `query JhtClaimEligibility { me { person { bpjsTk { jhtClaimEligibility {
  eligible reasons channel requiredDocuments { kind title required }
} } } } }`;

const STATEMENT = `query MyJhtStatement($year: Int!) { me { person { bpjsTk { jhtStatement(year: $year) {
  year openingBalance closingBalance entries { period employerContribution workerContribution returns }
} } } } }`;

const eligibilityOf = async (person: { accountId: string; nik: string }) => {
  const result = await hub.gql(ELIGIBILITY, {}, { token: await participantToken(hub, person) });
  expect(result.errors).toBeUndefined();
  return result.data!.me.person.bpjsTk.jhtClaimEligibility;
};

const required = (docs: Array<{ kind: string; required: boolean }>) =>
  docs
    .filter((d) => d.required)
    .map((d) => d.kind)
    .sort();

describe('JHT claim eligibility of the personas', () => {
  test('Dewi, who resigned more than a month ago with under Rp 10 million, is eligible through JMO', async () => {
    const e = await eligibilityOf(DEWI);
    expect(e).toMatchObject({ eligible: true, channel: 'JMO' });
    expect(required(e.requiredDocuments)).toEqual(['BANK_BOOK', 'KPJ_CARD', 'KTP', 'PAKLARING']);
    expect(e.reasons.length).toBeGreaterThan(0);
  });

  test('Rudi, with over Rp 50 million, is eligible through Lapak Asik and must give an NPWP', async () => {
    const e = await eligibilityOf(RUDI);
    expect(e).toMatchObject({ eligible: true, channel: 'LAPAK_ASIK' });
    expect(e.requiredDocuments).toContainEqual(expect.objectContaining({ kind: 'NPWP', required: true }));
  });

  test('Budi is eligible through Lapak Asik without an NPWP', async () => {
    const e = await eligibilityOf(BUDI_TK);
    expect(e).toMatchObject({ eligible: true, channel: 'LAPAK_ASIK' });
    expect(e.requiredDocuments).toContainEqual(expect.objectContaining({ kind: 'NPWP', required: false }));
  });

  test('Andi, still employed, is not eligible and is told why in words', async () => {
    const e = await eligibilityOf(ANDI);
    expect(e.eligible).toBe(false);
    expect(e.reasons.join(' ')).toMatch(/still active/i);
  });
});

describe('balance and statement', () => {
  test('each persona’s JHT balance equals personas.json to the rupiah', async () => {
    const officer = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
    for (const person of [DEWI, RUDI, ANDI, BUDI_TK, WATI]) {
      const result = await hub.gql(OVERVIEW, { nik: person.nik }, { token: officer, headers: STAFF_PURPOSE });
      expect(result.errors).toBeUndefined();
      const balance = result.data!.person.bpjsTk.jhtBalance;
      expect(balance.total).toBe(person.jhtBalance);
      expect(balance.contributions + balance.returns).toBe(person.jhtBalance);
    }
  });

  test('the yearly statements chain from opening to closing and the last closing is the balance', async () => {
    const token = await participantToken(hub, DEWI);
    let opening = 0;
    for (let year = 2016; year <= 2026; year++) {
      const result = await hub.gql(STATEMENT, { year }, { token });
      expect(result.errors).toBeUndefined();
      const s = result.data!.me.person.bpjsTk.jhtStatement;
      expect(s.openingBalance).toBe(opening);
      const sum = s.entries.reduce((t: number, e: any) => t + e.employerContribution + e.workerContribution + e.returns, 0);
      expect(s.closingBalance).toBe(s.openingBalance + sum);
      opening = s.closingBalance;
    }
    expect(opening).toBe(DEWI.jhtBalance);
    const last = (await hub.gql(STATEMENT, { year: 2026 }, { token })).data!.me.person.bpjsTk.jhtStatement;
    expect(last.entries[last.entries.length - 1].period).toBe('2026-08');
  });

  test('a participant without a recent step-up gets STEP_UP_REQUIRED for the balance but still sees the rest', async () => {
    const token = await participantToken(hub, DEWI, { steppedUp: false });
    const result = await hub.gql(ME_OVERVIEW, {}, { token });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['STEP_UP_REQUIRED']);
    expect(result.data!.me.person.bpjsTk).toMatchObject({ kpj: DEWI.kpj, membership: 'PU', status: 'INACTIVE', jhtBalance: null });
  });
});

describe('who sees a BPJS TK record', () => {
  test('the participant sees their own overview with the KPJ card', async () => {
    const result = await hub.gql(ME_OVERVIEW, {}, { token: await participantToken(hub, WATI) });
    expect(result.errors).toBeUndefined();
    const tk = result.data!.me.person.bpjsTk;
    expect(tk).toMatchObject({ kpj: WATI.kpj, membership: 'BPU', status: 'ACTIVE', jhtBalance: { total: WATI.jhtBalance } });
    expect(tk.card).toMatchObject({ number: WATI.kpj, downloadUrl: `${hub.baseUrl}/cards/bpjstk/${WATI.kpj}.pdf` });
    expect(tk.claims).toEqual({ totalCount: 0, nodes: [] });
    // The link works as given, with the holder's token.
    const pdf = await fetch(tk.card.downloadUrl, { headers: { authorization: `Bearer ${await participantToken(hub, WATI)}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });

  test('the card PDF downloads with the holder’s token and not with someone else’s', async () => {
    const own = await fetch(`${hub.baseUrl}/cards/bpjstk/${WATI.kpj}.pdf`, { headers: { authorization: `Bearer ${await participantToken(hub, WATI)}` } });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await own.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const other = await fetch(`${hub.baseUrl}/cards/bpjstk/${WATI.kpj}.pdf`, { headers: { authorization: `Bearer ${await participantToken(hub, DEWI)}` } });
    expect(other.status).toBe(404);
    const anonymous = await fetch(`${hub.baseUrl}/cards/bpjstk/${WATI.kpj}.pdf`);
    expect(anonymous.status).toBe(401);
  });

  test('a participant reading another person’s record is refused without the data', async () => {
    const result = await bpjsTkOf(hub, DEWI.nik, 'kpj status', await participantToken(hub, ANDI));
    expect(result.bpjsTk).toBeNull();
    expect(JSON.stringify(result)).not.toContain(DEWI.kpj);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('a kiosk session reads the person’s own overview, and nobody else’s', async () => {
    const token = await kioskToken(hub, DEWI);
    const own = await bpjsTkOf(hub, DEWI.nik, 'kpj status jhtBalance { total } claims(first: 10) { totalCount } queueTickets { id }', token);
    expect(own.errors).toBeUndefined();
    expect(own.bpjsTk).toMatchObject({ kpj: DEWI.kpj, jhtBalance: { total: DEWI.jhtBalance } });
    const other = await bpjsTkOf(hub, ANDI.nik, 'kpj', token);
    expect(other.bpjsTk).toBeNull();
    const statement = await bpjsTkOf(hub, DEWI.nik, 'jhtStatement(year: 2026) { closingBalance }', token);
    expect(statement.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('anonymous callers are asked to sign in', async () => {
    const result = await bpjsTkOf(hub, DEWI.nik, 'kpj');
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a Taspen officer cannot read BPJS TK records; a BPJS TK officer can', async () => {
    const taspen = await hub.gql(OVERVIEW, { nik: DEWI.nik }, { token: await staffToken(hub, ['TASPEN_OFFICER'], 'TASPEN'), headers: STAFF_PURPOSE });
    expect(taspen.data?.person?.bpjsTk ?? null).toBeNull();
    const bpjstk = await hub.gql(OVERVIEW, { nik: DEWI.nik }, { token: await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK'), headers: STAFF_PURPOSE });
    expect(bpjstk.errors).toBeUndefined();
    expect(bpjstk.data!.person.bpjsTk).toMatchObject({ kpj: DEWI.kpj, status: 'INACTIVE', inactiveSince: '2026-08-31' });
  });
});

test('a staff read needs a stated purpose and is written to the person’s access log', async () => {
  const officer = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
  const silent = await bpjsTkOf(hub, RUDI.nik, 'kpj', officer);
  expect(silent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const stated = await bpjsTkOf(hub, RUDI.nik, 'kpj jhtBalance { total }', officer, STAFF_PURPOSE);
  expect(stated.bpjsTk).toEqual({ kpj: RUDI.kpj, jhtBalance: { total: RUDI.jhtBalance } });
  const { rows } = await hub.pool.query(
    `select actor_kind, action, purpose, fields from platform.access_log where subject_nik = $1 and action like 'READ_BPJSTK%' order by id`,
    [RUDI.nik],
  );
  // One entry for the request, naming the two fields it read.
  expect(rows).toEqual(
    expect.arrayContaining([
      { actor_kind: 'STAFF', action: 'READ_BPJSTK', purpose: STAFF_PURPOSE['x-access-purpose'], fields: ['bpjsTk.kpj', 'bpjsTk.jhtBalance'] },
    ]),
  );
});

test('the personas’ status, inactiveSince and employer are exactly as in personas.json', async () => {
  const officer = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
  const read = async (nik: string) => (await hub.gql(OVERVIEW, { nik }, { token: officer, headers: STAFF_PURPOSE })).data!.person.bpjsTk;
  expect(await read(ANDI.nik)).toMatchObject({ status: 'ACTIVE', employer: 'PT Sinar Medan Logistik', inactiveSince: null });
  expect(await read(RUDI.nik)).toMatchObject({ status: 'INACTIVE', inactiveSince: '2025-06-30' });
  expect(await read(BUDI_TK.nik)).toMatchObject({ status: 'INACTIVE', inactiveSince: '2009-12-31', membership: 'PU' });
});
