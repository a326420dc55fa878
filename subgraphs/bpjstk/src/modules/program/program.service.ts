// The programmes with their current rates (from configuration), for the public catalogue. Built once per
// process; it needs nothing of the request.
import type { BpjsTkConfig } from '../../config';
import { BpjsTkProgram } from '../common/enums';
import { formatRupiah } from '../sms/sms.parser';
import type { BpjsTkProgramInfo } from './program.type';

const pct = (n: number) => `${n}%`;

/** The configured rates the catalogue states. */
export type ProgramRates = Pick<
  BpjsTkConfig,
  | 'jkkRiskRates'
  | 'JHT_EMPLOYER_RATE'
  | 'JHT_WORKER_RATE'
  | 'BPU_JHT_RATE'
  | 'BPU_JKK_RATE'
  | 'JKM_EMPLOYER_RATE'
  | 'BPU_JKM_FLAT'
  | 'JP_EMPLOYER_RATE'
  | 'JP_WORKER_RATE'
  | 'JP_WAGE_CAP'
>;

export interface ProgramServiceDeps {
  config: ProgramRates;
}

export class ProgramService {
  constructor(private readonly deps: ProgramServiceDeps) {}

  /** The four programmes, their rates as configured. */
  programs(): BpjsTkProgramInfo[] {
    return bpjsTkPrograms(this.deps.config);
  }
}

function bpjsTkPrograms(config: ProgramRates): BpjsTkProgramInfo[] {
  const jkk = config.jkkRiskRates.map((r, i) => `class ${i + 1} ${pct(r)}`).join(', ');
  return [
    {
      code: BpjsTkProgram.JHT,
      name: 'Jaminan Hari Tua (old-age savings)',
      description:
        `Savings paid out at retirement age (56), on leaving work after a one-month wait, on permanent disability or on leaving Indonesia. ` +
        `Wage earners: ${pct(config.JHT_EMPLOYER_RATE + config.JHT_WORKER_RATE)} of the wage (${pct(config.JHT_EMPLOYER_RATE)} employer, ${pct(config.JHT_WORKER_RATE)} worker). ` +
        `Self-employed: ${pct(config.BPU_JHT_RATE)} of the declared income.`,
    },
    {
      code: BpjsTkProgram.JKK,
      name: 'Jaminan Kecelakaan Kerja (work accident)',
      description:
        `Care and benefits after a work accident or occupational disease. Wage earners: paid by the employer by risk class (${jkk}). ` +
        `Self-employed: ${pct(config.BPU_JKK_RATE)} of the declared income.`,
    },
    {
      code: BpjsTkProgram.JKM,
      name: 'Jaminan Kematian (death)',
      description:
        `Benefits to the heirs when a participant dies. Wage earners: ${pct(config.JKM_EMPLOYER_RATE)} of the wage, paid by the employer. ` +
        `Self-employed: a flat ${formatRupiah(config.BPU_JKM_FLAT)} a month.`,
    },
    {
      code: BpjsTkProgram.JP,
      name: 'Jaminan Pensiun (pension)',
      description:
        `A monthly pension from retirement age, for wage earners: ${pct(config.JP_EMPLOYER_RATE + config.JP_WORKER_RATE)} ` +
        `(${pct(config.JP_EMPLOYER_RATE)} employer, ${pct(config.JP_WORKER_RATE)} worker) of the wage up to ${formatRupiah(config.JP_WAGE_CAP)}.`,
    },
  ];
}
