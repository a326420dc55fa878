// Access tokens carry exactly the claims of one kind of caller; anything else is refused as an invalid token.
import { SignJWT } from 'jose';
import { testKeyRing } from '../testing/test-keys';
import { InvalidTokenError, TokenIssuer, TokenVerifier, type TokenClaims } from './tokens';

const settings = { issuer: 'hub-test', audience: 'hub-test-api' };

async function setUp() {
  const keys = await testKeyRing();
  return { keys, issuer: new TokenIssuer(keys, settings), verifier: new TokenVerifier(keys, settings) };
}

/** A token signed with the hub's key and settings whose payload is `claims` as given. */
async function signed(keys: Awaited<ReturnType<typeof testKeyRing>>, claims: Record<string, unknown>): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid: keys.access.kid, typ: 'at+jwt' })
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setSubject('s')
    .setIssuedAt(now)
    .setExpirationTime(now + 60)
    .sign(keys.access.privateKey);
}

test.each<TokenClaims>([
  { kind: 'participant', accountId: 'a', nik: '3173051203850001', sessionId: 's', stepUpAt: 1_700_000_000 },
  { kind: 'staff', accountId: 'a', email: 'o@hub.local', roles: ['HUB_ADMIN'], agency: null, branch: 'JKT', sessionId: 's' },
  { kind: 'partner', partnerId: 'p', name: 'Bank', scopes: ['PROFILE_READ'] },
  { kind: 'kiosk', kioskId: 'k', kioskName: 'MPP', accountId: 'a', nik: '3173051203850001', sessionId: 's' },
  { kind: 'kiosk-device', kioskId: 'k', kioskName: 'MPP' },
])('a $kind token comes back as the caller it was issued for', async (claims) => {
  const { issuer, verifier } = await setUp();
  const { token } = await issuer.issue(claims);
  expect(await verifier.verify(token)).toEqual(claims);
});

test('absent optional claims read as null; unknown claims are dropped', async () => {
  const { keys, verifier } = await setUp();
  const caller = await verifier.verify(await signed(keys, { kind: 'staff', accountId: 'a', email: 'e', sessionId: 's', roles: [], extra: 1 }));
  expect(caller).toEqual({ kind: 'staff', accountId: 'a', email: 'e', sessionId: 's', roles: [], agency: null, branch: null });
  const participant = await verifier.verify(await signed(keys, { kind: 'participant', accountId: 'a', nik: 'n', sessionId: 's', stepUpAt: 'soon' }));
  expect(participant).toMatchObject({ kind: 'participant', stepUpAt: null });
});

test.each([
  ['an unknown kind', { kind: 'root', accountId: 'a' }],
  ['no kind', { accountId: 'a', nik: 'n', sessionId: 's' }],
  ['a participant without a NIK', { kind: 'participant', accountId: 'a', sessionId: 's' }],
  ['an empty account id', { kind: 'participant', accountId: '', nik: 'n', sessionId: 's' }],
  ['staff roles that are not a list', { kind: 'staff', accountId: 'a', email: 'e', sessionId: 's', roles: 'HUB_ADMIN' }],
  ['staff roles that are not strings', { kind: 'staff', accountId: 'a', email: 'e', sessionId: 's', roles: [1] }],
  ['partner scopes missing', { kind: 'partner', partnerId: 'p', name: 'Bank' }],
])('a token with %s is refused', async (_what, claims) => {
  const { keys, verifier } = await setUp();
  await expect(verifier.verify(await signed(keys, claims))).rejects.toBeInstanceOf(InvalidTokenError);
});
