// Throwaway card keys for unit tests (never the hub's real keys).
import { exportJWK, generateKeyPair } from 'jose';
import type { KeyRing, SigningKey } from '#platform/auth/keys';

export async function testCardKeys(kid = 'card-test'): Promise<Pick<KeyRing, 'card'>> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' };
  const card: SigningKey = { kid, purpose: 'card', privateKey, publicJwk };
  return { card };
}
