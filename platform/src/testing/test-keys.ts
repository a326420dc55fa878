// Throwaway signing keys for unit tests (never the hub's real keys).
import { exportJWK, generateKeyPair } from 'jose';
import type { KeyPurpose, KeyRing, SigningKey } from '../auth/keys';

export async function testSigningKey(purpose: KeyPurpose, kid = `${purpose}-test`): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' };
  return { kid, purpose, privateKey, publicJwk };
}

export async function testCardKeys(kid = 'card-test'): Promise<Pick<KeyRing, 'card'>> {
  return { card: await testSigningKey('card', kid) };
}

/** A whole key ring (access and card keys, and the published public keys). */
export async function testKeyRing(): Promise<KeyRing> {
  const [access, card] = await Promise.all([testSigningKey('access'), testSigningKey('card')]);
  return { access, card, jwks: { keys: [access.publicJwk, card.publicJwk] } };
}
