// Balance and statement from the ledger, through the request's DataLoaders.
import { BadInputError } from '#platform/errors';
import type { BpjsTkContext } from '../../context';
import { endOfPeriod } from '#platform/clock';
import type { JhtBalance, JhtStatement } from './ledger.type';

export async function jhtBalance(ctx: Pick<BpjsTkContext, 'loaders'>, kpj: string): Promise<JhtBalance> {
  const row = await ctx.loaders.balanceByKpj.load(kpj);
  const contributions = row?.contributions ?? 0;
  const returns = row?.returns ?? 0;
  const withdrawals = row?.withdrawals ?? 0;
  return { total: contributions + returns - withdrawals, contributions, returns, withdrawals, asOf: row?.lastPeriod ? endOfPeriod(row.lastPeriod) : null };
}

export async function jhtStatement(ctx: BpjsTkContext, kpj: string, year: number): Promise<JhtStatement> {
  if (!Number.isInteger(year) || year < 1977 || year > 2200) throw new BadInputError('year', 'year must be a calendar year, e.g. 2026.');
  const row = await ctx.loaders.statementByKpjYear.load({ kpj, year });
  const entries = row.entries;
  const closing = entries.reduce((sum, e) => sum + e.employerContribution + e.workerContribution + e.returns - e.withdrawal, row.opening);
  return { year, openingBalance: row.opening, closingBalance: closing, entries };
}
