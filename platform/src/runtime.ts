// The shared services a process hands to each hub service it runs: configuration, logging,
// the key-value store, signing keys and the token verifier. Knows no domain.
import type { HubConfig } from './config';
import { loadKeyRing, type KeyRing } from './auth/keys';
import { TokenIssuer, TokenVerifier } from './auth/tokens';
import { PostgresRevocations, type RevocationSource } from './auth/revocations';
import type { KeyValueStore } from './kv/kv';
import { MemoryStore } from './kv/memory';
import { RedisStore } from './kv/redis';
import { createLogger, type Logger } from './logger';
import type { DocumentStore } from './documents/document-store';
import { documentStoreOf } from './documents/http-document-store';

export interface Platform {
  config: HubConfig;
  log: Logger;
  kv: KeyValueStore;
  keys: KeyRing;
  verifier: TokenVerifier;
  /** Revocations in PostgreSQL, read by the verifier (close it on shutdown). */
  revocations: RevocationSource;
  issuer: TokenIssuer;
  databaseUrl: string;
  /** Where the other services answer (filled in by the launcher, or from configuration). */
  serviceUrls: Record<'identity' | 'taspen' | 'bpjstk', string | undefined>;
  /** The uploaded documents, through their owner (the identity service's /internal/documents). */
  documents: DocumentStore;
}

export async function connectKeyValueStore(config: HubConfig): Promise<KeyValueStore> {
  return config.REDIS_URL ? RedisStore.connect(config.REDIS_URL, config.REDIS_KEY_PREFIX, config.REDIS_COMMAND_TIMEOUT_MS) : new MemoryStore();
}

export async function createPlatform(
  config: HubConfig,
  options: { service: string; databaseUrl: string; kv?: KeyValueStore; log?: Logger },
): Promise<Platform> {
  const log = options.log ?? createLogger({ level: config.LOG_LEVEL, service: options.service });
  const kv = options.kv ?? (await connectKeyValueStore(config));
  const keys = await loadKeyRing(config);
  const settings = { issuer: config.HUB_TOKEN_ISSUER, audience: config.HUB_TOKEN_AUDIENCE };
  const revocations = new PostgresRevocations(options.databaseUrl);
  const serviceUrls: Platform['serviceUrls'] = { identity: config.IDENTITY_URL, taspen: config.TASPEN_URL, bpjstk: config.BPJSTK_URL };
  return {
    config,
    log,
    kv,
    keys,
    verifier: new TokenVerifier(keys, settings, kv, revocations),
    revocations,
    issuer: new TokenIssuer(keys, settings),
    databaseUrl: options.databaseUrl,
    serviceUrls,
    // serviceUrls is read at each call: the launcher fills it in once the services are up.
    documents: documentStoreOf({ serviceUrls, config }),
  };
}
