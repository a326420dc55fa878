import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import { JhtClaimStatus, ReviewDecision } from '../common/enums';
import { JhtClaimInput } from './claim.inputs';
import { listJhtClaims, reviewJhtClaim, submitJhtClaim, trackJhtClaim } from './claim.service';
import { JhtBankAccount, JhtClaim, JhtClaimConnection, JhtClaimHistoryEntry, JhtClaimTracking } from './claim.type';

@Resolver(() => JhtClaimTracking)
export class ClaimResolver {
  @Mutation(() => JhtClaim, { nullable: true, description: 'A full JHT claim by the participant; idempotent by idempotencyKey.' })
  submitJhtClaim(@Arg('input', () => JhtClaimInput) input: JhtClaimInput, @Ctx() ctx: BpjsTkContext) {
    return submitJhtClaim(ctx, input);
  }

  @Query(() => JhtClaimTracking, { nullable: true, description: 'Public e-tracking: status, channel and history only.' })
  trackJhtClaim(@Arg('trackingCode', () => String) trackingCode: string, @Ctx() ctx: BpjsTkContext) {
    return trackJhtClaim(ctx, trackingCode);
  }

  @Query(() => JhtClaimConnection, { nullable: true, description: 'The officers’ review queue, oldest first.' })
  jhtClaims(
    @Arg('status', () => JhtClaimStatus, { nullable: true }) status: JhtClaimStatus | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return listJhtClaims(ctx, status, first, after);
  }

  @Mutation(() => JhtClaim, { nullable: true, description: 'APPROVE advances SUBMITTED → VERIFIED → APPROVED → PAID.' })
  reviewJhtClaim(
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => ReviewDecision) decision: ReviewDecision,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return reviewJhtClaim(ctx, id, decision, note);
  }

  @FieldResolver(() => [JhtClaimHistoryEntry])
  async history(@Root() tracking: JhtClaimTracking, @Ctx() ctx: BpjsTkContext): Promise<JhtClaimHistoryEntry[]> {
    const events = await ctx.loaders.claimHistory.load(tracking.claimId);
    return events.map((e) => ({ status: e.status as unknown as JhtClaimStatus, at: new Date(e.at) }));
  }
}

@Resolver(() => JhtClaim)
export class ClaimBankAccountResolver {
  @FieldResolver(() => JhtBankAccount, { nullable: true, description: 'Where the claim is paid: for BPJS TK officers reviewing it (the view is in the access log).' })
  async bankAccount(@Root() claim: JhtClaim, @Ctx() ctx: BpjsTkContext): Promise<JhtBankAccount | null> {
    const row = await ctx.loaders.claimBankAccount.load(claim.id);
    return row ? { bankCode: row.bank_code, accountNumber: row.account_number, accountName: row.account_name } : null;
  }
}
