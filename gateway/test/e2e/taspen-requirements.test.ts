// Taspen before submitting: which documents a KPT needs, and the participant check.
import { useTestHub } from '../support/test-hub';
import { BUDI, SITI, participantToken } from '../support/tokens';

const hub = useTestHub();
let budi: string;

beforeAll(async () => {
  budi = await participantToken(hub, BUDI);
});

const REQUIREMENTS = `query TaspenSubmissionRequirements($type: TaspenSubmissionType!, $nip: String!) {
  taspenSubmissionRequirements(type: $type, nip: $nip) { type title documents { kind title required } }
}`;

const CHECK = `query TaspenParticipantCheck($identifier: String!) {
  taspenParticipantCheck(identifier: $identifier) { found nip nameMasked employer }
}`;

const requiredKinds = (data: any) => data.taspenSubmissionRequirements.documents.filter((d: any) => d.required).map((d: any) => d.kind);

test('a KPT for Budi (appointed 2010) requires the SPMT', async () => {
  const result = await hub.gql(REQUIREMENTS, { type: 'KPT', nip: BUDI.nip });
  expect(result.errors).toBeUndefined();
  expect(result.data?.taspenSubmissionRequirements.type).toBe('KPT');
  expect(requiredKinds(result.data)).toEqual(['SURAT_PENGANTAR', 'KGB_TERAKHIR', 'SK_CPNS', 'SPMT']);
});

test('a KPT for Siti (appointed 1998) does not require the SPMT', async () => {
  const result = await hub.gql(REQUIREMENTS, { type: 'KPT', nip: SITI.nip });
  expect(requiredKinds(result.data)).toEqual(['SURAT_PENGANTAR', 'KGB_TERAKHIR', 'SK_CPNS']);
});

test('an invalid NIP is bad input naming the field nip', async () => {
  const result = await hub.gql(REQUIREMENTS, { type: 'KPT', nip: '19850312201001100' });
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nip' });
});

// Issue 11 (finding 5): another participant (Budi) used to see Siti's NIP and employer; now only the person
// herself (or Taspen staff with a purpose) does, and anyone else learns `found` alone.
test('the participant check finds a participant by NIP or NIK; the person sees the NIP, masked name and employer, others only found', async () => {
  const siti = await participantToken(hub, { accountId: SITI.accountId, nik: SITI.nik });
  for (const identifier of [SITI.nip, SITI.nik]) {
    const result = await hub.gql(CHECK, { identifier }, { token: siti });
    expect(result.errors).toBeUndefined();
    expect(result.data?.taspenParticipantCheck).toEqual({
      found: true,
      nip: SITI.nip,
      nameMasked: 'Si** Ra*******',
      employer: 'Dinas Pendidikan Kota Lhokseumawe',
    });
    const other = await hub.gql(CHECK, { identifier }, { token: budi });
    expect(other.data?.taspenParticipantCheck).toEqual({ found: true, nip: null, nameMasked: null, employer: null });
  }
});

test('the participant check says not found for an unknown but valid identifier', async () => {
  const result = await hub.gql(CHECK, { identifier: '199001012015011001' }, { token: budi });
  expect(result.data?.taspenParticipantCheck).toEqual({ found: false, nip: null, nameMasked: null, employer: null });
});

test('the participant check needs a signed-in caller and a well-formed identifier', async () => {
  expect((await hub.gql(CHECK, { identifier: BUDI.nip })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const bad = await hub.gql(CHECK, { identifier: '12345' }, { token: budi });
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'identifier' });
});
