// Configuration: development works with nothing set; production refuses to start without its secrets.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, withSettings } from './config';
import { configRefusal } from './testing/config-refusal';

const PRODUCTION_SECRETS = {
  PAYMENT_WEBHOOK_SECRET: 'payment-secret-0123456789',
  SMS_WEBHOOK_SECRET: 'sms-secret-0123456789',
  INTERNAL_SERVICE_SECRET: 'internal-secret-0123456789',
  OTP_HMAC_SECRET: 'otp-hmac-secret-0123456789',
  HUB_SIGNING_KEYS: '[]',
};

const configError = (env: NodeJS.ProcessEnv) => configRefusal(() => loadConfig(env));

describe('loadConfig in development', () => {
  it('starts with nothing set, using the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      production: false,
      PORT: 4000,
      HUB_DEV_STAFF_PASSWORD: 'dev-staff-password',
      paymentWebhookSecret: 'dev-payment-secret',
      smsWebhookSecret: 'dev-sms-secret',
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve('./.data'));
    expect(config.internalServiceSecret.length).toBeGreaterThanOrEqual(16);
    expect(config.otpHmacSecret.length).toBeGreaterThanOrEqual(16);
    expect(config.holidays.size).toBe(0);
  });

  it('reads numbers, URLs and lists from their text form', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://hub@db:5432/hub',
      REDIS_URL: '',
      HUB_HOLIDAYS: '2026-12-25, 2027-01-01',
    });
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_URL).toBe('postgres://hub@db:5432/hub');
    expect(config.REDIS_URL).toBeUndefined();
    expect([...config.holidays]).toEqual(['2026-12-25', '2027-01-01']);
  });

  it('reports every malformed setting at once, by name', () => {
    const message = configError({ PORT: 'four thousand', DATABASE_URL: 'not a url', LOG_LEVEL: 'loud' });
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/DATABASE_URL/);
    expect(message).toMatch(/LOG_LEVEL/);
  });

  it('refuses holidays that are not dates', () => {
    expect(configError({ HUB_HOLIDAYS: '25-12-2026' })).toMatch(/HUB_HOLIDAYS/);
  });
});

describe('loadConfig in production', () => {
  it('refuses to start without the secrets, naming each one', () => {
    const message = configError({ NODE_ENV: 'production' });
    for (const name of Object.keys(PRODUCTION_SECRETS)) expect(message).toContain(`${name}: required in production`);
  });

  it.each(Object.keys(PRODUCTION_SECRETS))('refuses to start when only %s is missing', (missing) => {
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'production', ...PRODUCTION_SECRETS };
    delete env[missing];
    const message = configError(env);
    expect(message).toContain(missing);
    for (const name of Object.keys(PRODUCTION_SECRETS).filter((n) => n !== missing)) expect(message).not.toContain(name);
  });

  it('never falls back to a development secret', () => {
    const config = loadConfig({ NODE_ENV: 'production', ...PRODUCTION_SECRETS });
    expect(config.production).toBe(true);
    expect(config.paymentWebhookSecret).toBe(PRODUCTION_SECRETS.PAYMENT_WEBHOOK_SECRET);
    expect(config.smsWebhookSecret).toBe(PRODUCTION_SECRETS.SMS_WEBHOOK_SECRET);
    expect(config.internalServiceSecret).toBe(PRODUCTION_SECRETS.INTERNAL_SERVICE_SECRET);
    expect(config.otpHmacSecret).toBe(PRODUCTION_SECRETS.OTP_HMAC_SECRET);
  });

  it('refuses secrets that are too short to be secrets', () => {
    const message = configError({ NODE_ENV: 'production', ...PRODUCTION_SECRETS, INTERNAL_SERVICE_SECRET: 'short' });
    expect(message).toContain('INTERNAL_SERVICE_SECRET');
  });
});

describe('.env.example', () => {
  it('lists every setting that config.ts reads', () => {
    const root = path.resolve(__dirname, '..', '..');
    const source = fs.readFileSync(path.join(__dirname, 'config.ts'), 'utf8');
    const block = source.slice(source.indexOf('z.object({'), source.indexOf('\n});'));
    const settings = [...block.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((match) => match[1]);
    expect(settings.length).toBeGreaterThan(30);
    const documented = new Set(
      fs
        .readFileSync(path.join(root, '.env.example'), 'utf8')
        .split('\n')
        .map((line) => /^([A-Z][A-Z0-9_]+)=/.exec(line)?.[1]),
    );
    expect(settings.filter((name) => !documented.has(name))).toEqual([]);
  });
});

describe('the configuration after start', () => {
  it('is frozen: changing a setting throws', () => {
    const config = loadConfig({ HUB_HOLIDAYS: '2026-12-25' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { HUB_PUBLIC_URL?: string }).HUB_PUBLIC_URL = 'http://elsewhere';
    }).toThrow(TypeError);
    expect(Object.isFrozen(config.env)).toBe(true);
    expect(config.HUB_PUBLIC_URL).toBeUndefined();
  });

  it('is completed in a new frozen copy, never in place', () => {
    const config = loadConfig({});
    const completed = withSettings(config, { HUB_PUBLIC_URL: 'http://localhost:41234' });
    expect(completed.HUB_PUBLIC_URL).toBe('http://localhost:41234');
    expect(config.HUB_PUBLIC_URL).toBeUndefined();
    expect(Object.isFrozen(completed)).toBe(true);
  });
});
