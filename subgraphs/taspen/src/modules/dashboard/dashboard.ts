// Taspen's part of the officers' dashboard (the HubDashboard entity identity serves): submissions by
// status, every status listed (0 when none). Staff only (schema.ts).
import { Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver } from 'type-graphql';
import type { TaspenContext } from '../../context';
import { TaspenSubmissionStatus } from '../common/enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'The officers’ dashboard; each service contributes its own counts.' })
export class HubDashboard {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: 'How many Taspen submissions are in one status.' })
export class TaspenSubmissionStatusCount {
  @Field(() => TaspenSubmissionStatus, { description: 'The status counted.' })
  status!: TaspenSubmissionStatus;

  @Field(() => Int, { description: 'How many submissions are in this status now (0 when none).' })
  count!: number;
}

@Resolver(() => HubDashboard)
export class TaspenDashboardResolver {
  @FieldResolver(() => [TaspenSubmissionStatusCount], { nullable: true, description: 'Taspen submissions counted by status, every status listed; staff only.' })
  async taspenSubmissionsByStatus(@Ctx() ctx: TaspenContext): Promise<TaspenSubmissionStatusCount[]> {
    const rows = await ctx.em
      .getConnection()
      .execute<Array<{ status: string; count: string }>>('select status, count(*) as count from taspen.submission group by status');
    const counts = new Map(rows.map((row) => [row.status, Number(row.count)]));
    return Object.values(TaspenSubmissionStatus).map((status) => ({ status, count: counts.get(status) ?? 0 }));
  }
}
