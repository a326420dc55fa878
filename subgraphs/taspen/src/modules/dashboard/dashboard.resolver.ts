// Taspen's part of the officers' dashboard (the HubDashboard entity identity serves): submissions by
// status, every status listed (0 when none). Staff only (schema.ts).
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { TaspenContext } from '../../context';
import type { SubmissionService } from '../submission/submission.service';
import { HubDashboard, TaspenSubmissionStatusCount } from './dashboard.type';

@Resolver(() => HubDashboard)
export class TaspenDashboardResolver {
  constructor(private readonly submissions: SubmissionService) {}

  @FieldResolver(() => [TaspenSubmissionStatusCount], { nullable: true, description: 'Taspen submissions counted by status, every status listed; staff only.' })
  taspenSubmissionsByStatus(@Ctx() ctx: TaspenContext): Promise<TaspenSubmissionStatusCount[]> {
    return this.submissions.countsByStatus(ctx);
  }
}
