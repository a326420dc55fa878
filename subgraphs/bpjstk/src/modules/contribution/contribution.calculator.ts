// BPJS TK contribution amounts (DOMAIN.md): pure, whole rupiah, rates from configuration.
//
// Rounding rule: every component (one programme, one share) is rounded on its own, half up, to the
// whole rupiah: amount = floor(base × rate% / 100 + 0.5). Totals are sums of rounded components.
// Arithmetic is exact (BigInt on rates scaled to 1/1000 of a percent), so 0.5 never drifts.
import type { BpjsTkConfig } from '../../config';
import type { BpjsTkProgram } from '../common/enums';

export type BpjsTkProgramCode = BpjsTkProgram;
export const PROGRAM_CODES: readonly BpjsTkProgramCode[] = ['JHT', 'JKK', 'JKM', 'JP'];

export interface ContributionRates {
  /** Percentages, e.g. 3.7 for 3.7 %. */
  jhtEmployer: number;
  jhtWorker: number;
  jpEmployer: number;
  jpWorker: number;
  jkmEmployer: number;
  /** JKK employer rate by risk class 1–5 (index 0 = class 1). */
  jkkRiskRates: readonly number[];
  /** JP is paid on the wage up to this cap. */
  jpWageCap: number;
  bpuJkk: number;
  bpuJht: number;
  /** BPU JKM is a flat amount, not a rate. */
  bpuJkmFlat: number;
}

export function ratesFromConfig(config: BpjsTkConfig): ContributionRates {
  return {
    jhtEmployer: config.JHT_EMPLOYER_RATE,
    jhtWorker: config.JHT_WORKER_RATE,
    jpEmployer: config.JP_EMPLOYER_RATE,
    jpWorker: config.JP_WORKER_RATE,
    jkmEmployer: config.JKM_EMPLOYER_RATE,
    jkkRiskRates: config.jkkRiskRates,
    jpWageCap: config.JP_WAGE_CAP,
    bpuJkk: config.BPU_JKK_RATE,
    bpuJht: config.BPU_JHT_RATE,
    bpuJkmFlat: config.BPU_JKM_FLAT,
  };
}

export interface ContributionLine {
  program: BpjsTkProgramCode;
  employer: number;
  worker: number;
}

export interface Contribution {
  lines: ContributionLine[];
  employer: number;
  worker: number;
  total: number;
}

const SCALE = 100_000n; // rate% × 1000 → parts of 100,000

/** base × percent / 100, rounded half up to the whole rupiah. */
export function percentOf(base: number, percent: number): number {
  if (!Number.isSafeInteger(base) || base < 0) throw new RangeError('base must be a non-negative whole number');
  const units = BigInt(Math.round(percent * 1000));
  return Number((BigInt(base) * units + SCALE / 2n) / SCALE);
}

function total(lines: ContributionLine[]): Contribution {
  const employer = lines.reduce((sum, line) => sum + line.employer, 0);
  const worker = lines.reduce((sum, line) => sum + line.worker, 0);
  return { lines, employer, worker, total: employer + worker };
}

/** A wage earner's (PU) monthly contribution for the chosen programmes; JKK by the employer's risk class. */
export function puContribution(wage: number, riskClass: number, programs: readonly BpjsTkProgramCode[], rates: ContributionRates): Contribution {
  const jkkRate = rates.jkkRiskRates[riskClass - 1];
  if (jkkRate === undefined) throw new RangeError('risk class must be 1 to 5');
  const lines: ContributionLine[] = [];
  for (const program of PROGRAM_CODES.filter((p) => programs.includes(p))) {
    if (program === 'JHT') {
      lines.push({ program, employer: percentOf(wage, rates.jhtEmployer), worker: percentOf(wage, rates.jhtWorker) });
    } else if (program === 'JP') {
      const capped = Math.min(wage, rates.jpWageCap);
      lines.push({ program, employer: percentOf(capped, rates.jpEmployer), worker: percentOf(capped, rates.jpWorker) });
    } else if (program === 'JKM') {
      lines.push({ program, employer: percentOf(wage, rates.jkmEmployer), worker: 0 });
    } else {
      lines.push({ program, employer: percentOf(wage, jkkRate), worker: 0 });
    }
  }
  return total(lines);
}

/** Programmes a self-employed (BPU) participant can join: JP is for wage earners only. */
export const BPU_PROGRAMS: readonly BpjsTkProgramCode[] = ['JKK', 'JKM', 'JHT'];

/** A self-employed (BPU) participant's monthly contribution, all paid by the participant (worker share). */
export function bpuContribution(income: number, programs: readonly BpjsTkProgramCode[], rates: ContributionRates): Contribution {
  const lines: ContributionLine[] = [];
  for (const program of PROGRAM_CODES.filter((p) => programs.includes(p) && BPU_PROGRAMS.includes(p))) {
    const worker = program === 'JKK' ? percentOf(income, rates.bpuJkk) : program === 'JHT' ? percentOf(income, rates.bpuJht) : rates.bpuJkmFlat;
    lines.push({ program, employer: 0, worker });
  }
  return total(lines);
}

/** The JHT part of a contribution (what goes into the JHT ledger). */
export function jhtShare(contribution: Contribution): { employer: number; worker: number } {
  const line = contribution.lines.find((l) => l.program === 'JHT');
  return { employer: line?.employer ?? 0, worker: line?.worker ?? 0 };
}
