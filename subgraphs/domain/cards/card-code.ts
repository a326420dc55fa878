// Card verification codes: a compact JWS (EdDSA, the hub's card key) over short claims, printed
// on the card and in its QR code. Ed25519 is deterministic, so the same card always gets the same
// code and nothing needs storing; renewing a card (new issue date) changes the code.
import { createHash } from 'node:crypto';
import { CompactSign, compactVerify, createLocalJWKSet } from 'jose';
import type { AgencyName } from '../agency';
import type { KeyRing } from '#platform/auth/keys';

export const AGENCIES: readonly AgencyName[] = ['TASPEN', 'BPJSTK'];

/** What a verification code asserts about a card. */
export interface CardClaims {
  agency: AgencyName;
  number: string;
  /** nikHash(nik): lets an officer holding the KTP confirm the card is that person's. */
  nikHash: string;
  /** `YYYY-MM-DD` */
  issuedAt: string;
}

/** Short claim names keep the QR code small. */
interface WireClaims {
  a: string;
  n: string;
  h: string;
  i: string;
}

/**
 * A domain-separated SHA-256 of the NIK, 128 bits, base64url. Not a secret: the card that carries
 * the code also shows the NIK; the hash only binds the code to one person without spelling it out.
 */
export function nikHash(nik: string): string {
  return createHash('sha256').update(`hub-card-nik:${nik}`).digest().subarray(0, 16).toString('base64url');
}

export async function signCardCode(keys: Pick<KeyRing, 'card'>, claims: CardClaims): Promise<string> {
  const wire: WireClaims = { a: claims.agency, n: claims.number, h: claims.nikHash, i: claims.issuedAt };
  return new CompactSign(Buffer.from(JSON.stringify(wire), 'utf8')).setProtectedHeader({ alg: 'EdDSA', kid: keys.card.kid }).sign(keys.card.privateKey);
}

const keySets = new WeakMap<object, ReturnType<typeof createLocalJWKSet>>();

function cardKeySet(keys: Pick<KeyRing, 'card'>) {
  let set = keySets.get(keys.card);
  if (!set) {
    set = createLocalJWKSet({ keys: [keys.card.publicJwk] });
    keySets.set(keys.card, set);
  }
  return set;
}

/** The claims of an authentic code, or null for anything forged, altered or malformed. Signature only: see verifyCard for the registry check. */
export async function verifyCardCode(keys: Pick<KeyRing, 'card'>, code: string): Promise<CardClaims | null> {
  if (typeof code !== 'string' || code.length > 1_000 || !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(code.trim())) return null;
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(code.trim(), cardKeySet(keys), { algorithms: ['EdDSA'] }));
  } catch {
    return null;
  }
  let wire: Partial<WireClaims>;
  try {
    wire = JSON.parse(Buffer.from(payload).toString('utf8')) as Partial<WireClaims>;
  } catch {
    return null;
  }
  const { a, n, h, i } = wire;
  if (!AGENCIES.includes(a as AgencyName) || typeof n !== 'string' || typeof h !== 'string' || typeof i !== 'string') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(i)) return null;
  return { agency: a as AgencyName, number: n, nikHash: h, issuedAt: i };
}
