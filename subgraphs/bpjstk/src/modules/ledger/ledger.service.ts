// A participant's JHT balance and yearly statement, from the ledger through the request's DataLoaders.
// Built once per process; each call gets the request's scope.
import { endOfPeriod } from '#platform/clock';
import { BadInputError } from '#platform/errors';
import type { BpjsTkContext } from '../../context';
import type { JhtBalance, JhtStatement } from './ledger.type';

/** What a ledger call needs of its request. */
export type LedgerScope = Pick<BpjsTkContext, 'loaders'>;

export class LedgerService {
  /** Contributions plus returns minus paid partial claims, as of the last month on the ledger. */
  async balance(scope: LedgerScope, kpj: string): Promise<JhtBalance> {
    const row = await scope.loaders.balanceByKpj.load(kpj);
    const contributions = row?.contributions ?? 0;
    const returns = row?.returns ?? 0;
    const withdrawals = row?.withdrawals ?? 0;
    return { total: contributions + returns - withdrawals, contributions, returns, withdrawals, asOf: row?.lastPeriod ? endOfPeriod(row.lastPeriod) : null };
  }

  /** The year's months with the balance before and after them. */
  async statement(scope: LedgerScope, kpj: string, year: number): Promise<JhtStatement> {
    if (!Number.isInteger(year) || year < 1977 || year > 2200) throw new BadInputError('year', 'year must be a calendar year, e.g. 2026.');
    const row = await scope.loaders.statementByKpjYear.load({ kpj, year });
    const entries = row.entries;
    const closing = entries.reduce((sum, e) => sum + e.employerContribution + e.workerContribution + e.returns - e.withdrawal, row.opening);
    return { year, openingBalance: row.opening, closingBalance: closing, entries };
  }
}
