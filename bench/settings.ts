// How long and how often each leg runs, and what one scenario hands back to the report.
import type { BenchEnvironment } from './environment';
import type { Callers } from './callers';

export interface BenchSettings {
  quick: boolean;
  /** Interleaved runs of each leg. */
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  /** People seeded for the large leg of P4. */
  largePeople: number;
  smallPeople: number;
}

export function benchSettings(quick: boolean): BenchSettings {
  return quick
    ? { quick, rounds: 3, seconds: 3, warmupSeconds: 2, connections: 16, largePeople: 100_000, smallPeople: 10_000 }
    : { quick, rounds: 5, seconds: 10, warmupSeconds: 5, connections: 16, largePeople: 1_000_000, smallPeople: 10_000 };
}

export interface BenchContext {
  env: BenchEnvironment;
  settings: BenchSettings;
  callers: Callers;
  /** The run's main database: migrated, personas and `smallPeople` generated people seeded. */
  databaseUrl: string;
  log(line: string): void;
}

export interface ReportRow {
  scenario: string;
  leg: string;
  metric: string;
  value: string;
}

export interface ScenarioResult {
  rows: ReportRow[];
  keys: Record<string, number>;
  details: Record<string, unknown>;
}
