import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import { JhtClaimStatus, ReviewDecision } from '../common/enums';
import { JhtClaimInput, JhtClaimRevisionInput } from './claim.inputs';
import type { ClaimService } from './claim.service';
import { JhtBankAccount, JhtClaim, JhtClaimConnection, JhtClaimEvent, JhtClaimHistoryEntry, JhtClaimTracking } from './claim.type';

const actorKind = (actor: string | null | undefined) => (actor?.startsWith('staff:') ? 'STAFF' : actor?.startsWith('account:') ? 'PARTICIPANT' : null);

@Resolver(() => JhtClaimTracking)
export class ClaimResolver {
  constructor(private readonly claims: ClaimService) {}

  @Mutation(() => JhtClaim, {
    nullable: true,
    description: 'The signed-in participant submits a JHT claim (full or partial), one open claim at a time; idempotent by idempotencyKey.',
  })
  submitJhtClaim(@Arg('input', () => JhtClaimInput, { description: 'The claim.' }) input: JhtClaimInput, @Ctx() ctx: BpjsTkContext) {
    return this.claims.submit(ctx, input);
  }

  @Query(() => JhtClaimTracking, {
    nullable: true,
    description: 'Public e-tracking for anyone with the code: status, channel and history only (NOT_FOUND for an unknown code).',
  })
  trackJhtClaim(
    @Arg('trackingCode', () => String, { description: 'The claim’s tracking code, `JHT-XXXX-XXXX-XXXX` (any case).' }) trackingCode: string,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return this.claims.track(ctx, trackingCode);
  }

  @Query(() => JhtClaimConnection, { nullable: true, description: 'The review queue for BPJS TK officers and hub admins: all JHT claims, oldest first.' })
  jhtClaims(
    @Arg('status', () => JhtClaimStatus, { nullable: true, description: 'Only claims in this status; all claims when omitted.' }) status: JhtClaimStatus | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return this.claims.list(ctx, status, first, after);
  }

  @Mutation(() => JhtClaim, {
    nullable: true,
    description: 'BPJS TK officers: APPROVE advances SUBMITTED → VERIFIED → APPROVED → PAID (the payment by another officer than the approver).',
  })
  reviewJhtClaim(
    @Arg('id', () => ID, { description: 'The claim’s id.' }) id: string,
    @Arg('decision', () => ReviewDecision, { description: 'What the officer decides.' }) decision: ReviewDecision,
    @Arg('note', () => String, { nullable: true, description: 'The officer’s note in the claim’s history, at most 1000 characters.' }) note: string | null,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return this.claims.review(ctx, id, decision, note);
  }

  @FieldResolver(() => [JhtClaimHistoryEntry], { description: 'Every step, oldest first.' })
  async history(@Root() tracking: JhtClaimTracking, @Ctx() ctx: BpjsTkContext): Promise<JhtClaimHistoryEntry[]> {
    const events = await ctx.loaders.claimHistory.load(tracking.claimId);
    return events.map((e) => ({ status: e.status, at: new Date(e.at) }));
  }
}

@Resolver(() => JhtClaim)
export class JhtClaimResolver {
  constructor(private readonly claims: ClaimService) {}

  @FieldResolver(() => JhtBankAccount, {
    nullable: true,
    description: 'Where the claim is paid: for BPJS TK officers reviewing it (the view is in the access log).',
  })
  async bankAccount(@Root() claim: JhtClaim, @Ctx() ctx: BpjsTkContext): Promise<JhtBankAccount | null> {
    const record = await ctx.loaders.claimBankAccount.load(claim.id);
    return record ? { bankCode: record.bankCode, accountNumber: record.accountNumber, accountName: record.accountName } : null;
  }

  @Mutation(() => JhtClaim, {
    nullable: true,
    description: 'The submitter answers NEEDS_REVISION: the claim goes back to SUBMITTED (NOT_FOUND for someone else’s claim).',
  })
  reviseJhtClaim(
    @Arg('id', () => ID, { description: 'The claim’s id.' }) id: string,
    @Arg('input', () => JhtClaimRevisionInput, { description: 'The revision.' }) input: JhtClaimRevisionInput,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return this.claims.revise(ctx, id, input);
  }

  @FieldResolver(() => [JhtClaimEvent], { description: 'Every step, oldest first: submission, reviews and revisions.' })
  async history(@Root() claim: JhtClaim, @Ctx() ctx: BpjsTkContext): Promise<JhtClaimEvent[]> {
    const events = await ctx.loaders.claimHistory.load(claim.id);
    return events.map((e) => ({ status: e.status, at: new Date(e.at), note: e.note ?? null, actor: actorKind(e.actor) }));
  }
}
