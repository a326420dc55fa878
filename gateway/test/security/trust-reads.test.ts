// Findings 5, 6 and 7 of issue 11: who learns what from a participant check, four eyes on JHT money (and the
// officers' view of the bank account, logged), staff card downloads with a purpose and in the access log,
// and auditors who read no balances or statements.
import { randomUUID } from 'node:crypto';
import { useTestHub } from '../support/test-hub';
import { DEWI as DEWI0, STAFF_PURPOSE, kioskToken, staffToken, withAccount } from '../support/bpjstk';
import { adminToken, auditorToken, codes, partnerAccessToken, registerPartner } from '../support/consumers';
import { BUDI, SITI, participantToken, taspenOfficerToken } from '../support/tokens';
import { PDF_BYTES, uploadId } from '../support/uploads';

const hub = useTestHub();
let budi: { accountId: string; nik: string };

beforeAll(async () => {
  budi = await withAccount(hub, BUDI);
});

const logCount = async (action: string, nik: string | null) =>
  Number(
    (await hub.pool.query(`select count(*)::int as n from platform.access_log where action = $1 and subject_nik is not distinct from $2`, [action, nik]))
      .rows[0].n,
  );

describe('finding 5: taspenParticipantCheck', () => {
  const CHECK = `query($i: String!) { taspenParticipantCheck(identifier: $i) { found nip nameMasked employer } }`;

  test('a partner without consent, a kiosk device and another participant learn only that the NIK is known; each check is logged', async () => {
    const partner = await partnerAccessToken(hub, await registerPartner(hub, 'Pinjol Uji', ['PROFILE_READ']));
    const device = (
      await hub.gql(
        `mutation { registerKiosk(input: { name: "MPP Cek", location: "Medan" }) { deviceToken } }`,
        {},
        {
          token: await adminToken(hub),
        },
      )
    ).data!.registerKiosk.deviceToken;
    const siti = await participantToken(hub, await withAccount(hub, SITI));
    const before = await logCount('CHECK_TASPEN_PARTICIPANT', BUDI.nik);
    for (const token of [partner, device, siti, await taspenOfficerToken(hub)]) {
      const result = await hub.gql(CHECK, { i: BUDI.nik }, { token });
      expect(result.errors).toBeUndefined();
      expect(result.data!.taspenParticipantCheck).toEqual({ found: true, nip: null, nameMasked: null, employer: null });
    }
    expect(await logCount('CHECK_TASPEN_PARTICIPANT', BUDI.nik)).toBe(before + 4);
  });

  test('the person about themself and a Taspen officer stating a purpose see the NIP, masked name and employer', async () => {
    for (const [token, headers] of [
      [await participantToken(hub, budi), {}],
      [await taspenOfficerToken(hub), { 'x-access-purpose': 'KPT submission check' }],
    ] as const) {
      const result = await hub.gql(CHECK, { i: BUDI.nik }, { token, headers });
      expect(result.data!.taspenParticipantCheck).toMatchObject({ found: true, nip: BUDI.nip });
      expect(result.data!.taspenParticipantCheck.employer).toBeTruthy();
    }
    const { rows } = await hub.pool.query(
      `select actor_kind, purpose from platform.access_log where action = 'CHECK_TASPEN_PARTICIPANT' and purpose = 'KPT submission check'`,
    );
    expect(rows).toEqual([{ actor_kind: 'STAFF', purpose: 'KPT submission check' }]);
  });
});

describe('finding 6: four eyes on JHT claim money', () => {
  const REVIEW = `mutation($id: ID!) { reviewJhtClaim(id: $id, decision: APPROVE, note: "ok") { id status } }`;
  let claimId: string;

  beforeAll(async () => {
    const dewi = await withAccount(hub, DEWI0);
    const token = await participantToken(hub, dewi);
    const documents = [];
    for (const kind of ['KTP', 'KPJ_CARD', 'PAKLARING', 'BANK_BOOK']) documents.push({ kind, documentId: await uploadId(hub.baseUrl, token, PDF_BYTES) });
    const claimed = await hub.gql(
      `mutation($input: JhtClaimInput!) { submitJhtClaim(input: $input) { id } }`,
      {
        input: {
          reason: 'RESIGNATION',
          bankAccount: { bankCode: 'BRI', accountNumber: '0123456789', accountName: DEWI0.fullName },
          documents,
          idempotencyKey: randomUUID(),
        },
      },
      { token },
    );
    claimId = claimed.data!.submitJhtClaim.id;
  });

  test('the officer who approved a claim cannot also mark it PAID; a second officer can', async () => {
    const officer = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
    expect((await hub.gql(REVIEW, { id: claimId }, { token: officer })).data!.reviewJhtClaim.status).toBe('VERIFIED');
    expect((await hub.gql(REVIEW, { id: claimId }, { token: officer })).data!.reviewJhtClaim.status).toBe('APPROVED');
    expect(codes(await hub.gql(REVIEW, { id: claimId }, { token: officer }))).toEqual(['FORBIDDEN']);
    const { rows } = await hub.pool.query(`select status from bpjstk.jht_claim where id = $1`, [claimId]);
    expect(rows[0].status).toBe('APPROVED');
    const supervisor = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
    expect((await hub.gql(REVIEW, { id: claimId }, { token: supervisor })).data!.reviewJhtClaim.status).toBe('PAID');
  });

  test('officers see the bank account with a purpose, and the view is logged; the claimant’s partners and kiosks do not', async () => {
    const QUEUE = `query { jhtClaims(first: 100) { nodes { id bankAccount { bankCode accountNumber accountName } } } }`;
    const officer = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
    const seen = await hub.gql(QUEUE, {}, { token: officer, headers: STAFF_PURPOSE });
    expect(seen.data!.jhtClaims.nodes.find((n: any) => n.id === claimId).bankAccount).toEqual({
      bankCode: 'BRI',
      accountNumber: '0123456789',
      accountName: DEWI0.fullName,
    });
    expect(await logCount('READ_BPJSTK_CLAIM_BANK_ACCOUNT', DEWI0.nik)).toBeGreaterThanOrEqual(1);
    const unstated = await hub.gql(QUEUE, {}, { token: officer });
    expect(JSON.stringify(unstated.data)).not.toContain('0123456789');
    const kiosk = await kioskToken(hub, await withAccount(hub, DEWI0));
    const own = await hub.gql(`{ me { person { bpjsTk { claims(first: 5) { nodes { bankAccount { accountNumber } } } } } } }`, {}, { token: kiosk });
    expect(JSON.stringify(own.data ?? {})).not.toContain('0123456789');
  });
});

describe('finding 7: staff card downloads and auditors', () => {
  let cardPath: string;

  beforeAll(async () => {
    const overview = await hub.gql(`{ me { person { taspen { card { downloadUrl } } } } }`, {}, { token: await participantToken(hub, budi) });
    cardPath = new URL(overview.data!.me.person.taspen.card.downloadUrl).pathname;
  });

  test('a Taspen officer downloads a card only with X-Access-Purpose, and the download is in the access log', async () => {
    const officer = await taspenOfficerToken(hub);
    const without = await fetch(`${hub.baseUrl}${cardPath}`, { headers: { authorization: `Bearer ${officer}` } });
    expect(without.status).toBe(403);
    expect(without.headers.get('content-type')).not.toContain('pdf');
    const before = await logCount('DOWNLOAD_TASPEN_CARD', BUDI.nik);
    const stated = await fetch(`${hub.baseUrl}${cardPath}`, {
      headers: { authorization: `Bearer ${officer}`, 'x-access-purpose': 'Card reprint at the branch' },
    });
    expect(stated.status).toBe(200);
    expect(stated.headers.get('content-type')).toContain('application/pdf');
    expect(await logCount('DOWNLOAD_TASPEN_CARD', BUDI.nik)).toBe(before + 1);
  });

  test('a BPJS TK officer’s card download needs a purpose too', async () => {
    const officer = await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK');
    const without = await fetch(`${hub.baseUrl}/cards/bpjstk/${DEWI0.kpj}.pdf`, { headers: { authorization: `Bearer ${officer}` } });
    expect(without.status).toBe(403);
    const stated = await fetch(`${hub.baseUrl}/cards/bpjstk/${DEWI0.kpj}.pdf`, { headers: { authorization: `Bearer ${officer}`, ...STAFF_PURPOSE } });
    expect(stated.status).toBe(200);
    expect(await logCount('DOWNLOAD_BPJSTK_CARD', DEWI0.nik)).toBeGreaterThanOrEqual(1);
  });

  test('an auditor reads no balance, statement, card or profile of anyone', async () => {
    const auditor = await auditorToken(hub);
    const result = await hub.gql(
      `query($nik: String!) { person(nik: $nik) { fullName taspen { nip thtBalance { amount } } bpjsTk { kpj jhtBalance { total } jhtStatement(year: 2026) { closingBalance } } } }`,
      { nik: DEWI0.nik },
      { token: auditor, headers: { 'x-access-purpose': 'Audit' } },
    );
    const text = JSON.stringify(result.data ?? {});
    expect(text).not.toContain(DEWI0.kpj);
    expect(text).not.toContain(String(DEWI0.jhtBalance));
    expect(text).not.toContain(DEWI0.fullName);
    const card = await fetch(`${hub.baseUrl}/cards/bpjstk/${DEWI0.kpj}.pdf`, { headers: { authorization: `Bearer ${auditor}`, 'x-access-purpose': 'Audit' } });
    expect([403, 404]).toContain(card.status);
  });

  test('an auditor reads a person’s access log with a stated purpose, and that read is in the log; officers and purpose-less auditors do not', async () => {
    const ACCESS_LOG = `query($nik: String!) { person(nik: $nik) { nik accessLog(first: 50) { totalCount nodes { actorKind action purpose } } } }`;
    const auditor = await auditorToken(hub);
    const before = await logCount('READ_ACCESS_LOG', DEWI0.nik);

    const noPurpose = await hub.gql(ACCESS_LOG, { nik: DEWI0.nik }, { token: auditor });
    expect(noPurpose.data?.person?.accessLog ?? null).toBeNull();
    expect(codes(noPurpose)).toContain('FORBIDDEN');

    const officer = await hub.gql(ACCESS_LOG, { nik: DEWI0.nik }, { token: await staffToken(hub, ['BPJSTK_OFFICER'], 'BPJSTK'), headers: STAFF_PURPOSE });
    expect(officer.data?.person?.accessLog ?? null).toBeNull();
    expect(codes(officer)).toContain('FORBIDDEN');

    const audited = await hub.gql(ACCESS_LOG, { nik: DEWI0.nik }, { token: auditor, headers: { 'x-access-purpose': 'Annual access review' } });
    expect(audited.errors).toBeUndefined();
    expect(await logCount('READ_ACCESS_LOG', DEWI0.nik)).toBe(before + 1);
    // The next look shows the auditor's own read, as the person will see it.
    const again = await hub.gql(ACCESS_LOG, { nik: DEWI0.nik }, { token: auditor, headers: { 'x-access-purpose': 'Annual access review' } });
    expect(again.data!.person.accessLog.nodes).toContainEqual({ actorKind: 'STAFF', action: 'READ_ACCESS_LOG', purpose: 'Annual access review' });
    const { rows } = await hub.pool.query(`select actor_kind, purpose from platform.access_log where action = 'READ_ACCESS_LOG' order by id desc limit 1`);
    expect(rows[0]).toEqual({ actor_kind: 'STAFF', purpose: 'Annual access review' });
  });
});
