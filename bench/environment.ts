// The benchmark's world: a fresh PostgreSQL database (real server when DATABASE_URL is set, otherwise the
// embedded one), a Redis database of its own (REDIS_URL, BENCH_REDIS_DB) or none, production secrets and
// signing keys generated for this run, and the environment every server under test receives.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { Client } from 'pg';
import { createClient } from 'redis';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '#platform/db/embedded';

export interface BenchEnvironment {
  /** Server for databases of this run (admin connection). */
  adminUrl: string;
  /** The embedded server, when no DATABASE_URL was given. */
  embedded?: EmbeddedDatabase;
  redisUrl?: string;
  redisPrefix: string;
  signingKeys: JWK[];
  secrets: Record<string, string>;
  workDir: string;
  real: boolean;
  createDatabase(label: string): Promise<string>;
  /** The environment of a server under test (NODE_ENV=production). */
  serverEnv(extra?: Record<string, string | undefined>): NodeJS.ProcessEnv;
  close(): Promise<void>;
}

async function signingKey(purpose: 'access' | 'card'): Promise<JWK> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return { ...(await exportJWK(privateKey)), kid: `${purpose}-bench-${randomUUID().slice(0, 6)}`, alg: 'EdDSA', use: 'sig' };
}

const secret = () => randomBytes(24).toString('hex');

export async function createBenchEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<BenchEnvironment> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
  fs.chmodSync(workDir, 0o755);
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl: string;
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    url.pathname = '/postgres';
    adminUrl = url.toString();
  } else {
    embedded = await startEmbeddedDatabase(path.join(workDir, 'pg'), 'postgres');
    adminUrl = embedded.url;
  }
  const databases: string[] = [];
  const run = randomUUID().replace(/-/g, '').slice(0, 8);
  let redisUrl: string | undefined;
  if (env.REDIS_URL) {
    const url = new URL(env.REDIS_URL);
    url.pathname = `/${env.BENCH_REDIS_DB ?? '11'}`;
    redisUrl = url.toString();
  }
  const redisPrefix = `bench:${run}:`;
  const signingKeys = [await signingKey('access'), await signingKey('card')];
  const secrets = {
    PAYMENT_WEBHOOK_SECRET: secret(),
    SMS_WEBHOOK_SECRET: secret(),
    INTERNAL_SERVICE_SECRET: secret(),
    OTP_HMAC_SECRET: secret(),
  };

  const admin = async <T>(work: (client: Client) => Promise<T>) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  return {
    adminUrl,
    embedded,
    redisUrl,
    redisPrefix,
    signingKeys,
    secrets,
    workDir,
    real: !embedded,
    async createDatabase(label) {
      const name = `hub_bench_${run}_${label}`;
      await admin((client) => client.query(`create database "${name}"`));
      databases.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    serverEnv(extra = {}) {
      const base: NodeJS.ProcessEnv = {
        PATH: env.PATH,
        HOME: env.HOME,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        HUB_DATA_DIR: path.join(workDir, 'data'),
        HUB_SIGNING_KEYS: JSON.stringify(signingKeys),
        REDIS_URL: redisUrl,
        REDIS_KEY_PREFIX: redisPrefix,
        APOLLO_TELEMETRY_DISABLED: 'true',
        OUTBOX_POLL_MS: '3600000',
        ...secrets,
      };
      const merged = { ...base, ...extra };
      return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
    },
    async close() {
      for (const name of databases) {
        await admin((client) => client.query(`drop database if exists "${name}" with (force)`)).catch(() => {});
      }
      if (redisUrl) {
        const redis = createClient({ url: redisUrl });
        await redis.connect();
        for await (const keys of redis.scanIterator({ MATCH: `${redisPrefix}*`, COUNT: 1000 })) {
          if (keys.length) await redis.del(keys);
        }
        await redis.quit();
      }
      await embedded?.stop();
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}
