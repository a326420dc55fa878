// The shared services a process hands to each hub service it runs: configuration, logging,
// the key-value store, signing keys and the token verifier. Knows no domain.
import type { HubConfig } from './config';
import { loadKeyRing, type KeyRing } from './auth/keys';
import { TokenIssuer, TokenVerifier } from './auth/tokens';
import { HttpRevocations, PostgresRevocations, type RevocationSource } from './auth/revocations';
import { InternalClient } from './http/internal';
import { ServiceUnavailableError } from './errors';
import type { KeyValueStore } from './kv/kv';
import { MemoryStore } from './kv/memory';
import { RedisStore } from './kv/redis';
import { createLogger, type Logger } from './logger';
import type { DocumentStore } from './documents/document-store';
import { documentStoreOf } from './documents/http-document-store';
import { accessLogOf, type AccessLog } from './audit/access-log';

export type ServiceUrls = Readonly<Record<'identity' | 'taspen' | 'bpjstk', string | undefined>>;

/** Built once per process and frozen, like its configuration and service URLs. */
export interface Platform {
  readonly config: HubConfig;
  readonly log: Logger;
  readonly kv: KeyValueStore;
  readonly keys: KeyRing;
  readonly verifier: TokenVerifier;
  /** The lasting revocations the verifier reads: identity's table, through its pool or its internal route (close it on shutdown). */
  readonly revocations: RevocationSource;
  readonly issuer: TokenIssuer;
  readonly databaseUrl: string;
  /** Where the other services answer: from configuration, or given by the launcher that bound their ports. */
  readonly serviceUrls: ServiceUrls;
  /** The uploaded documents, through their owner (the identity service's /internal/documents). */
  readonly documents: DocumentStore;
  /** The access log, through its owner (the identity service's /internal/access-log); identity itself appends through its pool. */
  readonly accessLog: AccessLog;
}

export async function connectKeyValueStore(config: HubConfig, log?: Logger): Promise<KeyValueStore> {
  return config.REDIS_URL ? RedisStore.connect(config.REDIS_URL, config.REDIS_KEY_PREFIX, config.REDIS_COMMAND_TIMEOUT_MS, log) : new MemoryStore();
}

export async function createPlatform(
  config: HubConfig,
  options: {
    service: string;
    databaseUrl: string;
    kv?: KeyValueStore;
    log?: Logger;
    serviceUrls?: ServiceUrls;
    /**
     * Where the verifier reads lasting revocations: 'owner' (default) asks the identity service over its signed
     * /internal/revocations; 'database' reads platform.revocation directly, for the identity process itself
     * and for a subgraph run alone in its tests (no identity beside it).
     */
    revocations?: 'owner' | 'database';
  },
): Promise<Platform> {
  const log = options.log ?? createLogger({ level: config.LOG_LEVEL, service: options.service });
  const kv = options.kv ?? (await connectKeyValueStore(config, log));
  const keys = await loadKeyRing(config);
  const settings = { issuer: config.HUB_TOKEN_ISSUER, audience: config.HUB_TOKEN_AUDIENCE };
  const serviceUrls: ServiceUrls = Object.freeze(
    options.serviceUrls ?? { identity: config.IDENTITY_URL, taspen: config.TASPEN_URL, bpjstk: config.BPJSTK_URL },
  );
  const revocations = options.revocations === 'database' ? new PostgresRevocations(options.databaseUrl) : revocationsOf({ serviceUrls, config });
  return Object.freeze({
    config,
    log,
    kv,
    keys,
    verifier: new TokenVerifier(keys, settings, kv, revocations),
    revocations,
    issuer: new TokenIssuer(keys, settings),
    databaseUrl: options.databaseUrl,
    serviceUrls,
    documents: documentStoreOf({ serviceUrls, config }),
    accessLog: accessLogOf({ serviceUrls, config }),
  });
}

/** Lasting revocations as any process but their owner reads them: identity's signed /internal/revocations. */
function revocationsOf(platform: { serviceUrls: ServiceUrls; config: HubConfig }): RevocationSource {
  const identity = () => {
    const url = platform.serviceUrls.identity;
    if (!url) throw new ServiceUnavailableError('The identity service');
    return url;
  };
  return new HttpRevocations(new InternalClient(identity, platform.config.internalServiceSecret, 'identity'));
}
