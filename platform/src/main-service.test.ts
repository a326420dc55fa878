import { loadConfig } from './config';
import { requireSettings, standaloneSettings } from './main-service';

describe('a subgraph started on its own', () => {
  it('needs identity’s address unless it owns the platform records', () => {
    expect(standaloneSettings({ ownsPlatformSchema: true })).toEqual(['DATABASE_URL', 'SERVICE_PORT']);
    expect(standaloneSettings({})).toEqual(['DATABASE_URL', 'SERVICE_PORT', 'IDENTITY_URL']);
  });

  it('refuses to start without it, naming the setting', () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: 'postgres://x@127.0.0.1/x', SERVICE_PORT: '4002' });
    expect(() => requireSettings(config, standaloneSettings({}), 'the taspen service')).toThrow('IDENTITY_URL: required to run the taspen service on its own');
    expect(() => requireSettings(config, standaloneSettings({ ownsPlatformSchema: true }), 'the identity service')).not.toThrow();
  });
});
