import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';

@ObjectType({ description: 'The JHT (old-age savings) balance: contributions plus returns minus withdrawals, whole rupiah.' })
export class JhtBalance {
  @Field(() => Float)
  total!: number;

  @Field(() => Float)
  contributions!: number;

  @Field(() => Float)
  returns!: number;

  @Field(() => Float, { description: 'Paid out by partial claims.' })
  withdrawals!: number;

  @Field(() => DateScalar, { nullable: true, description: 'End of the last month on the ledger.' })
  asOf!: string | null;
}

@ObjectType()
export class JhtStatementEntry {
  @Field(() => String, { description: 'Month, `YYYY-MM`.' })
  period!: string;

  @Field(() => Float)
  employerContribution!: number;

  @Field(() => Float)
  workerContribution!: number;

  @Field(() => Float, { description: 'Development returns credited that month.' })
  returns!: number;

  @Field(() => Float, { description: 'Paid out that month by a partial claim.' })
  withdrawal!: number;
}

@ObjectType({ description: 'One calendar year of the JHT ledger: opening + contributions + returns − withdrawals = closing.' })
export class JhtStatement {
  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  openingBalance!: number;

  @Field(() => Float)
  closingBalance!: number;

  @Field(() => [JhtStatementEntry])
  entries!: JhtStatementEntry[];
}
