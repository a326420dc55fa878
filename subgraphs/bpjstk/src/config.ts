// BPJS Ketenagakerjaan's own settings: the contribution rates (percent of the wage or declared income) and
// the branch queue's hours, read from the same environment variables, with the same defaults, as a section
// of the hub configuration (platform/src/config.ts reads the environment; this file only names its part).
import { z } from 'zod';
import { configSection, setting, type HubConfig } from '#platform/config';

const { int, money, rate, clockTime } = setting;

export const bpjsTkConfig = configSection(
  {
    JP_WAGE_CAP: money(10_547_400),
    JHT_EMPLOYER_RATE: rate(3.7),
    JHT_WORKER_RATE: rate(2),
    JP_EMPLOYER_RATE: rate(2),
    JP_WORKER_RATE: rate(1),
    JKM_EMPLOYER_RATE: rate(0.3),
    JKK_RISK_RATES: z.string().default('0.24,0.54,0.89,1.27,1.74'),
    BPU_JKK_RATE: rate(1),
    BPU_JHT_RATE: rate(2),
    BPU_JKM_FLAT: money(6_800),
    QUEUE_OPENS_AT: clockTime('08:00'),
    QUEUE_CLOSES_AT: clockTime('15:00'),
    QUEUE_SLOT_MINUTES: int(30),
    QUEUE_SLOT_CAPACITY: int(10),
  },
  (raw, problems) => {
    const jkkRiskRates = raw.JKK_RISK_RATES.split(',').map((v) => Number(v.trim()));
    if (jkkRiskRates.length !== 5 || jkkRiskRates.some((v) => !Number.isFinite(v) || v < 0)) {
      problems.push('  JKK_RISK_RATES: five comma-separated percentages, risk classes 1 to 5');
    }
    return { jkkRiskRates: Object.freeze(jkkRiskRates) };
  },
);

export type BpjsTkConfig = ReturnType<typeof bpjsTkConfig>;

/** What bpjstk's services read: the hub's configuration and BPJS TK's own section, in one frozen object. */
export type BpjsTkServiceConfig = HubConfig & BpjsTkConfig;

export function bpjsTkServiceConfig(config: HubConfig): BpjsTkServiceConfig {
  return Object.freeze({ ...config, ...bpjsTkConfig(config) });
}
