// BPJS TK's own settings: the same environment variables and defaults as before, parsed as a section of the hub configuration.
import { loadConfig, withSettings } from '#platform/config';
import { configRefusal } from '#platform/testing/config-refusal';
import { bpjsTkConfig, bpjsTkServiceConfig } from './config';

const sectionError = (env: NodeJS.ProcessEnv) => configRefusal(() => bpjsTkConfig(loadConfig(env)));

describe('the BPJS TK configuration section', () => {
  it('starts with nothing set, using the documented rates and queue hours', () => {
    expect(bpjsTkConfig(loadConfig({}))).toMatchObject({
      JP_WAGE_CAP: 10_547_400,
      JHT_EMPLOYER_RATE: 3.7,
      JHT_WORKER_RATE: 2,
      BPU_JKM_FLAT: 6_800,
      jkkRiskRates: [0.24, 0.54, 0.89, 1.27, 1.74],
      QUEUE_OPENS_AT: '08:00',
      QUEUE_CLOSES_AT: '15:00',
      QUEUE_SLOT_MINUTES: 30,
      QUEUE_SLOT_CAPACITY: 10,
    });
  });

  it('reads its settings from the environment the hub configuration was loaded from', () => {
    const section = bpjsTkConfig(loadConfig({ JKK_RISK_RATES: '0.24,0.54,0.89,1.27,2', QUEUE_OPENS_AT: '07:30', BPU_JHT_RATE: '2.5' }));
    expect(section.jkkRiskRates[4]).toBe(2);
    expect(section.QUEUE_OPENS_AT).toBe('07:30');
    expect(section.BPU_JHT_RATE).toBe(2.5);
  });

  it('reports every malformed setting of the section at once, by name', () => {
    const message = sectionError({ QUEUE_OPENS_AT: '8 am', JHT_WORKER_RATE: '120' });
    expect(message).toMatch(/QUEUE_OPENS_AT/);
    expect(message).toMatch(/JHT_WORKER_RATE/);
  });

  it('refuses JKK rates that are not five percentages', () => {
    expect(sectionError({ JKK_RISK_RATES: '0.24,0.54' })).toMatch(/JKK_RISK_RATES/);
  });

  it('is frozen, parsed once per environment, and kept by a completed copy of the hub configuration', () => {
    const config = loadConfig({});
    const section = bpjsTkConfig(config);
    expect(Object.isFrozen(section)).toBe(true);
    expect(() => (section.jkkRiskRates as number[]).push(9)).toThrow(TypeError);
    expect(bpjsTkConfig(withSettings(config, { HUB_PUBLIC_URL: 'http://localhost:41234' }))).toBe(section);
    const merged = bpjsTkServiceConfig(config);
    expect(Object.isFrozen(merged)).toBe(true);
    expect(merged).toMatchObject({ PORT: 4000, QUEUE_SLOT_CAPACITY: 10 });
  });
});
