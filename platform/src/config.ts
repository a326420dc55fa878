// The one place that reads process.env. Parsed with zod; every problem is reported at once. A service's own
// settings (an agency's rates, opening hours) are a section it declares (`configSection`) and parses from the
// frozen environment this configuration was read from: platform knows none of their names.
import path from 'node:path';
import { z } from 'zod';

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional());
const int = (fallback: number) => z.coerce.number().int().default(fallback);
const money = (fallback: number) => z.coerce.number().int().nonnegative().default(fallback);
const rate = (fallback: number) => z.coerce.number().nonnegative().max(100).default(fallback);
/** `HH:MM`, e.g. opening hours. */
const clockTime = (fallback: string) =>
  z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .default(fallback);

/** The field kinds a configuration section is written with: the ones the platform's own settings use. */
export const setting = { int, money, rate, clockTime, optionalUrl };

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: int(4000),
  HUB_DATA_DIR: z.string().default('./.data'),
  DATABASE_URL: optionalUrl,
  REDIS_URL: optionalUrl,
  /** Prefix for every key-value key, so that test runs can share a Redis. */
  REDIS_KEY_PREFIX: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HUB_DEV_STAFF_PASSWORD: z.string().min(8).default('dev-staff-password'),
  PAYMENT_WEBHOOK_SECRET: z.string().min(8).optional(),
  SMS_WEBHOOK_SECRET: z.string().min(8).optional(),
  INTERNAL_SERVICE_SECRET: z.string().min(16).optional(),
  OTP_HMAC_SECRET: z.string().min(16).optional(),
  /** JSON array of private JWKs (Ed25519) for access tokens and cards; required in production. */
  HUB_SIGNING_KEYS: z.string().optional(),
  HUB_TOKEN_ISSUER: z.string().default('https://hub.local'),
  HUB_TOKEN_AUDIENCE: z.string().default('participant-graph'),
  HUB_PUBLIC_URL: z.string().optional(),
  SMTP_URL: optionalUrl,
  SMTP_FROM: z.string().default('Participant Graph Hub <no-reply@hub.local>'),
  SMS_GATEWAY_URL: optionalUrl,
  /** Subgraph URLs for the gateway when services run as separate processes (docker-compose). */
  IDENTITY_URL: optionalUrl,
  TASPEN_URL: optionalUrl,
  BPJSTK_URL: optionalUrl,
  /** Port of a subgraph started on its own. */
  SERVICE_PORT: int(0),
  DB_POOL_MAX: int(10),
  /** PostgreSQL cancels a statement after this long; a server that does not answer at all loses the connection 500 ms later. */
  DB_STATEMENT_TIMEOUT_MS: int(2000),
  /** Limit for opening a database connection. */
  DB_CONNECT_TIMEOUT_MS: int(1500),
  /** Limit for waiting for a free connection of the pool (a burst queues here). */
  DB_ACQUIRE_TIMEOUT_MS: int(4000),
  /** A Redis command without an answer after this long fails (SERVICE_UNAVAILABLE). */
  REDIS_COMMAND_TIMEOUT_MS: int(2000),
  /** The gateway gives up on a subgraph that has not answered within this long (SERVICE_UNAVAILABLE). */
  GATEWAY_SUBGRAPH_TIMEOUT_MS: int(10000),
  /**
   * Which peers of the gateway may state the client address in X-Forwarded-For (express "trust proxy":
   * `false`, `loopback`, or addresses/CIDRs). Off by default: a client cannot pick its own address.
   */
  TRUST_PROXY: z.string().default('false'),
  GATEWAY_WORKERS: int(1),
  /** Identical subgraph queries in flight at once (same operation, variables, caller) share one fetch. */
  GATEWAY_DEDUPLICATE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /** An operation whose query plan is one fetch from one subgraph is forwarded as it is (gateway/src/single-fetch.ts). */
  GATEWAY_SINGLE_FETCH: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /** Approximate size of the gateway's query-plan cache; the client operations need well under 1 MiB. */
  GATEWAY_QUERY_PLAN_CACHE_MIB: int(30),
  /** Keep-alive connections the gateway holds to each subgraph origin. */
  GATEWAY_SUBGRAPH_CONNECTIONS: int(64),
  /**
   * Upper bound, in seconds, for caching whole anonymous responses of public data in the key-value store
   * (the subgraphs state the max-age with Cache-Control; 0 turns the response cache off).
   */
  GATEWAY_RESPONSE_CACHE_MAX_SECONDS: int(300),
  /**
   * Browser origins allowed to call the gateway (CORS), comma separated, e.g.
   * `https://app.example.id,https://studio.apollographql.com`. Empty: no cross-origin browser access.
   */
  HUB_CORS_ORIGINS: z.string().default(''),
  /** Strict-Transport-Security max-age in seconds, sent when the hub is served over TLS (0 = not sent). */
  HUB_HSTS_SECONDS: int(0),
  /** Bearer token for GET /metrics. Unset: open outside production, refused in production. */
  HUB_METRICS_TOKEN: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(16).optional()),
  /** Longest time, in ms, a client may take to send a request's headers and body (slow clients are cut off). */
  HUB_REQUEST_TIMEOUT_MS: int(30_000),
  /** Most entries the gateway's response cache keeps (the oldest are dropped first). */
  GATEWAY_RESPONSE_CACHE_MAX_ENTRIES: int(1_000),
  /** Bytes and files one account may upload per 24 hours. */
  UPLOAD_QUOTA_BYTES_PER_DAY: int(100 * 1024 * 1024),
  UPLOAD_QUOTA_FILES_PER_DAY: int(200),
  /** Wrong client secrets per partner client id, and per client address, per 15 minutes at /oauth/token. */
  OAUTH_FAILURES_PER_CLIENT: int(10),
  OAUTH_FAILURES_PER_IP: int(30),
  /** Dates (YYYY-MM-DD, comma separated) that are not working days. */
  HUB_HOLIDAYS: z.string().default(''),
  HUB_TIME_ZONE_OFFSET_HOURS: int(7),
  /**
   * The kiosk page (GET /kiosk) at a shared screen: idle seconds before the "are you still there?" warning,
   * seconds after it before the session ends, and the longest session (the session token lasts 5 minutes).
   */
  KIOSK_IDLE_WARNING_SECONDS: z.coerce.number().int().positive().default(60),
  KIOSK_IDLE_GRACE_SECONDS: z.coerce.number().int().positive().default(30),
  KIOSK_SESSION_MAX_SECONDS: z.coerce.number().int().positive().max(300).default(300),
  /** OTP codes one client address may ask for per hour (registration, resend, step-up). */
  OTP_SENDS_PER_IP_PER_HOUR: int(30),
  /** OTP verifications one client address may try per hour, across all challenges. */
  OTP_VERIFICATIONS_PER_IP_PER_HOUR: int(100),
  /** Login attempts per account (e-mail) and failed logins per client address, per 15 minutes. */
  LOGIN_ATTEMPTS_PER_ACCOUNT: int(5),
  LOGIN_FAILURES_PER_IP: int(30),
  /** OpenTelemetry collector (OTLP/HTTP), e.g. http://127.0.0.1:4318; traces go to <it>/v1/traces. Unset: tracing off. */
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
  /** How often the outbox delivery worker looks for due messages. */
  OUTBOX_POLL_MS: int(1000),
});

export type RawConfig = z.infer<typeof schema>;

/** The configuration, read once at start and frozen: nothing changes it afterwards (see `withSettings`). */
export interface HubConfig extends Readonly<RawConfig> {
  readonly production: boolean;
  readonly dataDir: string;
  readonly paymentWebhookSecret: string;
  readonly smsWebhookSecret: string;
  readonly internalServiceSecret: string;
  readonly otpHmacSecret: string;
  readonly holidays: ReadonlySet<string>;
  /** The environment this configuration was read from, frozen: where a service's own section is parsed from. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * A copy of `config` with `settings` in place, frozen like the original: what a launcher learns before it
 * hands the configuration out (the port it actually took) goes in a new object, never into the old one.
 */
export function withSettings(config: HubConfig, settings: Partial<RawConfig>): HubConfig {
  return Object.freeze({ ...config, ...settings });
}

export class ConfigError extends Error {}

/** The database time limits of a service's pools (platform/src/db/timeouts.ts). */
export function databaseTimeouts(config: Pick<RawConfig, 'DB_STATEMENT_TIMEOUT_MS' | 'DB_CONNECT_TIMEOUT_MS' | 'DB_ACQUIRE_TIMEOUT_MS'>) {
  return { statementMs: config.DB_STATEMENT_TIMEOUT_MS, connectMs: config.DB_CONNECT_TIMEOUT_MS, acquireMs: config.DB_ACQUIRE_TIMEOUT_MS };
}

const DEV_SECRETS = {
  PAYMENT_WEBHOOK_SECRET: 'dev-payment-secret',
  SMS_WEBHOOK_SECRET: 'dev-sms-secret',
  INTERNAL_SERVICE_SECRET: 'dev-internal-service-secret',
  OTP_HMAC_SECRET: 'dev-otp-hmac-secret-not-for-production',
} as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const raw = parsed.data;
  const production = raw.NODE_ENV === 'production';
  const problems: string[] = [];
  const secret = (name: keyof typeof DEV_SECRETS): string => {
    const value = raw[name];
    if (value) return value;
    if (production) problems.push(`  ${name}: required in production`);
    return DEV_SECRETS[name];
  };
  const resolved = {
    paymentWebhookSecret: secret('PAYMENT_WEBHOOK_SECRET'),
    smsWebhookSecret: secret('SMS_WEBHOOK_SECRET'),
    internalServiceSecret: secret('INTERNAL_SERVICE_SECRET'),
    otpHmacSecret: secret('OTP_HMAC_SECRET'),
  };
  if (production && !raw.HUB_SIGNING_KEYS) problems.push('  HUB_SIGNING_KEYS: required in production');
  const holidays = raw.HUB_HOLIDAYS.split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (holidays.some((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d))) problems.push('  HUB_HOLIDAYS: dates as YYYY-MM-DD');
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  return Object.freeze({
    ...raw,
    ...resolved,
    production,
    dataDir: path.resolve(raw.HUB_DATA_DIR),
    holidays: new Set(holidays),
    env: Object.freeze({ ...env }),
  });
}

/**
 * A service's own section of the configuration: its zod fields, and `complete` for what zod cannot say
 * (it returns the derived values and pushes a line per problem). The section is parsed from the frozen
 * environment of the configuration it is given, once per environment, and frozen; every problem of the
 * section is reported at once, as `loadConfig` reports its own.
 */
export function configSection<Shape extends z.ZodRawShape, Derived extends object>(
  shape: Shape,
  complete: (raw: z.infer<z.ZodObject<Shape>>, problems: string[]) => Derived,
): (config: Pick<HubConfig, 'env'>) => Readonly<z.infer<z.ZodObject<Shape>> & Derived> {
  const sectionSchema = z.object(shape);
  const parsedFor = new WeakMap<object, Readonly<z.infer<z.ZodObject<Shape>> & Derived>>();
  return (config) => {
    const known = parsedFor.get(config.env);
    if (known) return known;
    const parsed = sectionSchema.safeParse(config.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
      throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
    }
    const problems: string[] = [];
    const derived = complete(parsed.data, problems);
    if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
    const section = Object.freeze({ ...parsed.data, ...derived });
    parsedFor.set(config.env, section);
    return section;
  };
}
