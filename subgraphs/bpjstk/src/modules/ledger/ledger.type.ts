import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { RupiahScalar } from '../common/rupiah.scalar';

@ObjectType({ description: 'The JHT (old-age savings) balance: contributions plus returns minus withdrawals, whole rupiah.' })
export class JhtBalance {
  @Field(() => RupiahScalar)
  total!: number;

  @Field(() => RupiahScalar)
  contributions!: number;

  @Field(() => RupiahScalar)
  returns!: number;

  @Field(() => RupiahScalar, { description: 'Paid out by partial claims.' })
  withdrawals!: number;

  @Field(() => DateScalar, { nullable: true, description: 'End of the last month on the ledger.' })
  asOf!: string | null;
}

@ObjectType()
export class JhtStatementEntry {
  @Field(() => String, { description: 'Month, `YYYY-MM`.' })
  period!: string;

  @Field(() => RupiahScalar)
  employerContribution!: number;

  @Field(() => RupiahScalar)
  workerContribution!: number;

  @Field(() => RupiahScalar, { description: 'Development returns credited that month.' })
  returns!: number;

  @Field(() => RupiahScalar, { description: 'Paid out that month by a partial claim.' })
  withdrawal!: number;
}

@ObjectType({ description: 'One calendar year of the JHT ledger: opening + contributions + returns − withdrawals = closing.' })
export class JhtStatement {
  @Field(() => Int)
  year!: number;

  @Field(() => RupiahScalar)
  openingBalance!: number;

  @Field(() => RupiahScalar)
  closingBalance!: number;

  @Field(() => [JhtStatementEntry])
  entries!: JhtStatementEntry[];
}
