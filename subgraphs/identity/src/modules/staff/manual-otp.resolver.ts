import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ManualOtpService } from './manual-otp.service';
import type { IdentityContext } from '../../context';
import { PENDING, PendingPhoneVerificationConnection, pendingPage } from './manual-otp.page';
import { ManualOtpBatch, ManualOtpBatchInput, PendingPhoneVerification } from './manual-otp.type';

@Resolver()
export class ManualOtpResolver {
  constructor(private readonly manualOtps: ManualOtpService) {}

  @Query(() => PendingPhoneVerificationConnection, {
    nullable: true,
    description: 'Officers: registrations stuck at phone verification, oldest first, a page at a time.',
  })
  pendingPhoneVerificationsConnection(
    @Arg('first', () => Int, { nullable: true, description: PENDING.pageFirst }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `pageInfo.endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: IdentityContext,
  ) {
    return pendingPage(this.manualOtps, ctx, ctx.caller, first, after);
  }

  @Query(() => [PendingPhoneVerification], {
    nullable: true,
    description:
      'Officers: registrations stuck at phone verification, oldest first: a plain list kept for the contract (page with `pendingPhoneVerificationsConnection`).',
  })
  pendingPhoneVerifications(@Arg('first', () => Int, { nullable: true, description: PENDING.listFirst }) first: number | null, @Ctx() ctx: IdentityContext) {
    return this.manualOtps.pending(ctx, ctx.caller, first);
  }

  @Mutation(() => ManualOtpBatch, { nullable: true, description: 'Officers: issue codes by hand (shown once, audited).' })
  issueManualOtps(
    @Arg('input', () => ManualOtpBatchInput, { description: 'The registrations and the reason.' }) input: ManualOtpBatchInput,
    @Ctx() ctx: IdentityContext,
  ) {
    return this.manualOtps.issue(ctx, ctx.caller, input);
  }
}
