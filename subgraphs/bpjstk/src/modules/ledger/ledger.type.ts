import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { RupiahScalar } from '../common/rupiah.scalar';

@ObjectType({ description: 'The JHT (old-age savings) balance: contributions plus returns minus withdrawals, whole rupiah.' })
export class JhtBalance {
  @Field(() => RupiahScalar, { description: 'The balance now, whole rupiah.' })
  total!: number;

  @Field(() => RupiahScalar, { description: 'All JHT contributions paid in (employer and worker shares), whole rupiah.' })
  contributions!: number;

  @Field(() => RupiahScalar, { description: 'All development returns (investment yield) credited, whole rupiah.' })
  returns!: number;

  @Field(() => RupiahScalar, { description: 'Paid out by partial claims, whole rupiah.' })
  withdrawals!: number;

  @Field(() => DateScalar, { nullable: true, description: 'End of the last month on the ledger.' })
  asOf!: string | null;
}

@ObjectType({ description: 'One month of the JHT ledger, whole rupiah.' })
export class JhtStatementEntry {
  @Field(() => String, { description: 'Month, `YYYY-MM`.' })
  period!: string;

  @Field(() => RupiahScalar, { description: 'The employer’s share of that month’s JHT contribution.' })
  employerContribution!: number;

  @Field(() => RupiahScalar, { description: 'The worker’s own share of that month’s JHT contribution.' })
  workerContribution!: number;

  @Field(() => RupiahScalar, { description: 'Development returns credited that month.' })
  returns!: number;

  @Field(() => RupiahScalar, { description: 'Paid out that month by a partial claim.' })
  withdrawal!: number;
}

@ObjectType({ description: 'One calendar year of the JHT ledger: opening + contributions + returns − withdrawals = closing.' })
export class JhtStatement {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => RupiahScalar, { description: 'The balance before the year’s first month, whole rupiah.' })
  openingBalance!: number;

  @Field(() => RupiahScalar, { description: 'The balance after the year’s last month on the ledger, whole rupiah.' })
  closingBalance!: number;

  @Field(() => [JhtStatementEntry], { description: 'The months of the year on the ledger, in order.' })
  entries!: JhtStatementEntry[];
}
