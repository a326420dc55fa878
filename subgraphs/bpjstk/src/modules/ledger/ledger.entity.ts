// One month of a participant's JHT ledger (table contribution_ledger, keyed by KPJ and month).
import { BigIntType, Entity, EntityRepositoryType, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { LedgerRepository } from './ledger.repository';

@Entity({ tableName: 'contribution_ledger', repository: () => LedgerRepository })
export class ContributionLedgerRecord {
  [EntityRepositoryType]?: LedgerRepository;
  [PrimaryKeyProp]?: ['kpj', 'period'];

  @PrimaryKey({ type: 'string', length: 11 }) kpj!: string;

  /** `YYYY-MM`. */
  @PrimaryKey({ type: 'string', length: 7 }) period!: string;
  @Property({ type: new BigIntType('number'), default: 0 }) employerContribution!: number;
  @Property({ type: new BigIntType('number'), default: 0 }) workerContribution!: number;
  @Property({ type: new BigIntType('number'), default: 0 }) returns!: number;

  /** Paid partial claims that month. */
  @Property({ type: new BigIntType('number'), default: 0 }) withdrawals!: number;
}
