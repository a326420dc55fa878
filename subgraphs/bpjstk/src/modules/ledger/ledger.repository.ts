// The monthly JHT contribution ledger (one row per KPJ and month).
import { EntityRepository, type EntityManager, type EntityName } from '@mikro-orm/postgresql';
import { sqlOf } from '#platform/db/sql';
import type { LedgerEntry } from './ledger.builder';
import { ContributionLedgerRecord } from './ledger.entity';

export interface BalanceRow {
  kpj: string;
  contributions: number;
  returns: number;
  /** Paid partial claims. */
  withdrawals: number;
  lastPeriod: string | null;
}

/** A ledger month as stored: the built contribution entry plus what was paid out that month. */
export interface StoredLedgerEntry extends LedgerEntry {
  withdrawal: number;
}

export interface StatementRow {
  /** `${kpj}:${year}` */
  key: string;
  opening: number;
  entries: StoredLedgerEntry[];
}

/**
 * Raw SQL throughout, on purpose: balances and statements are aggregates over many KPJs in one statement
 * (the DataLoaders' batches), and contributions and withdrawals are `on conflict … do update` increments that
 * must not read-modify-write a month concurrently paid into. None of it needs a managed entity.
 */
export class LedgerRepository extends EntityRepository<ContributionLedgerRecord> {
  private readonly sql;

  /** `em.getRepository(ContributionLedgerRecord)`; the entity defaults so `new LedgerRepository(em)` still works. */
  constructor(em: EntityManager, entityName: EntityName<ContributionLedgerRecord> = ContributionLedgerRecord) {
    super(em, entityName);
    this.sql = sqlOf(em);
  }

  /** Balances of many KPJs in one statement. */
  async balances(kpjs: readonly string[]): Promise<BalanceRow[]> {
    const rows = await this.sql<{ kpj: string; contributions: string; returns: string; withdrawals: string; last_period: string | null }>(
      `select kpj, sum(employer_contribution + worker_contribution) as contributions, sum(returns) as returns,
              sum(withdrawals) as withdrawals, max(period) as last_period
       from bpjstk.contribution_ledger where kpj in (?) group by kpj`,
      [[...kpjs]],
    );
    return rows.map((r) => ({
      kpj: r.kpj,
      contributions: Number(r.contributions),
      returns: Number(r.returns),
      withdrawals: Number(r.withdrawals),
      lastPeriod: r.last_period,
    }));
  }

  /**
   * Statements for many (KPJ, year) pairs in one statement: the opening balance (everything before
   * the year) and the year's entries, in period order.
   */
  async statements(keys: readonly { kpj: string; year: number }[]): Promise<StatementRow[]> {
    const kpjs = [...new Set(keys.map((k) => k.kpj))];
    const rows = await this.sql<{
      kpj: string;
      period: string;
      employer_contribution: string;
      worker_contribution: string;
      returns: string;
      withdrawals: string;
    }>(
      `select kpj, period, employer_contribution, worker_contribution, returns, withdrawals
       from bpjstk.contribution_ledger where kpj in (?) and period < ? order by kpj, period`,
      [kpjs, `${Math.max(...keys.map((k) => k.year)) + 1}-01`],
    );
    return keys.map(({ kpj, year }) => {
      let opening = 0;
      const entries: StoredLedgerEntry[] = [];
      for (const r of rows) {
        if (r.kpj !== kpj) continue;
        const entry = {
          period: r.period,
          employerContribution: Number(r.employer_contribution),
          workerContribution: Number(r.worker_contribution),
          returns: Number(r.returns),
          withdrawal: Number(r.withdrawals),
        };
        const entryYear = Number(r.period.slice(0, 4));
        if (entryYear < year) opening += entry.employerContribution + entry.workerContribution + entry.returns - entry.withdrawal;
        else if (entryYear === year) entries.push(entry);
      }
      return { key: `${kpj}:${year}`, opening, entries };
    });
  }

  /** Adds a month's contribution (a payment for a month already on the ledger adds to it). */
  async addContribution(kpj: string, period: string, employer: number, worker: number): Promise<void> {
    await this.sql(
      `insert into bpjstk.contribution_ledger (kpj, period, employer_contribution, worker_contribution, returns)
       values (?, ?, ?, ?, 0)
       on conflict (kpj, period) do update set
         employer_contribution = bpjstk.contribution_ledger.employer_contribution + excluded.employer_contribution,
         worker_contribution = bpjstk.contribution_ledger.worker_contribution + excluded.worker_contribution`,
      [kpj, period, employer, worker],
    );
  }

  /** A paid partial claim leaves the balance in the month it was paid. */
  async addWithdrawal(kpj: string, period: string, amount: number): Promise<void> {
    await this.sql(
      `insert into bpjstk.contribution_ledger (kpj, period, withdrawals) values (?, ?, ?)
       on conflict (kpj, period) do update set withdrawals = bpjstk.contribution_ledger.withdrawals + excluded.withdrawals`,
      [kpj, period, amount],
    );
  }

  /** Bulk insert of built entries (seeding); existing months are left alone. */
  async insertEntries(kpj: string, entries: readonly LedgerEntry[]): Promise<void> {
    for (let i = 0; i < entries.length; i += 500) {
      const chunk = entries.slice(i, i + 500);
      await this.sql(
        `insert into bpjstk.contribution_ledger (kpj, period, employer_contribution, worker_contribution, returns)
         values ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')} on conflict (kpj, period) do nothing`,
        chunk.flatMap((e) => [kpj, e.period, e.employerContribution, e.workerContribution, e.returns]),
      );
    }
  }
}
