// Ed25519 signing keys: one for access tokens, one for card verification codes.
// Development generates them into HUB_DATA_DIR/keys once; production reads HUB_SIGNING_KEYS.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { HubConfig } from '../config';

export type KeyPurpose = 'access' | 'card';

export interface SigningKey {
  kid: string;
  purpose: KeyPurpose;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export interface KeyRing {
  access: SigningKey;
  card: SigningKey;
  /** Public keys for /.well-known/jwks.json. */
  jwks: { keys: JWK[] };
}

async function generate(purpose: KeyPurpose): Promise<JWK> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: `${purpose}-${randomUUID().slice(0, 8)}`, alg: 'EdDSA', use: 'sig' };
}

/** Reads the development key file, creating it exactly once even when several processes race. */
async function developmentKeys(dataDir: string): Promise<JWK[]> {
  const file = path.join(dataDir, 'keys', 'signing-keys.json');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.${randomUUID()}`;
    fs.writeFileSync(temp, JSON.stringify([await generate('access'), await generate('card')], null, 2), { mode: 0o600 });
    try {
      fs.linkSync(temp, file);
    } catch {
      // Another process won the race; use its keys.
    }
    fs.rmSync(temp, { force: true });
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as JWK[];
}

async function toSigningKey(jwk: JWK): Promise<SigningKey> {
  const purpose: KeyPurpose = jwk.kid?.startsWith('card') ? 'card' : 'access';
  const privateKey = (await importJWK(jwk, 'EdDSA')) as CryptoKey;
  const { d: _private, ...publicJwk } = jwk;
  return { kid: jwk.kid!, purpose, privateKey, publicJwk };
}

export async function loadKeyRing(config: Pick<HubConfig, 'HUB_SIGNING_KEYS' | 'dataDir'>): Promise<KeyRing> {
  const jwks = config.HUB_SIGNING_KEYS ? (JSON.parse(config.HUB_SIGNING_KEYS) as JWK[]) : await developmentKeys(config.dataDir);
  const keys = await Promise.all(jwks.map(toSigningKey));
  const access = keys.find((key) => key.purpose === 'access');
  const card = keys.find((key) => key.purpose === 'card');
  if (!access || !card) throw new Error('Signing keys must include one "access-…" and one "card-…" key (by kid).');
  return { access, card, jwks: { keys: keys.map((key) => key.publicJwk) } };
}
