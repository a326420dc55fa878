import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import { BpjsTkParticipant } from '../participant/participant.type';
import type { VerificationService } from './verification.service';
import { ParticipantVerification, VerificationDecision } from './verification.type';

@Resolver(() => ParticipantVerification)
export class VerificationResolver {
  constructor(private readonly verifications: VerificationService) {}

  @Query(() => [ParticipantVerification], { description: 'BPJS TK officers: self-registered records and link requests awaiting a decision, oldest first.' })
  participantVerifications(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'How many items at most (clamped to 1–200).' }) first: number,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return this.verifications.queue(ctx, first);
  }

  @Mutation(() => ParticipantVerification, { nullable: true, description: 'BPJS TK officers: verify or reject an item, with a note (audited).' })
  decideParticipantVerification(
    @Arg('id', () => ID, { description: 'The item’s id.' }) id: string,
    @Arg('decision', () => VerificationDecision, { description: 'Verify or reject.' }) decision: VerificationDecision,
    @Arg('note', () => String, { nullable: true, description: 'The officer’s note, at most 1000 characters.' }) note: string | null,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return this.verifications.decide(ctx, id, decision, note);
  }

  @FieldResolver(() => BpjsTkParticipant, { nullable: true, description: 'The record this item concerns, beside the request (the read is logged).' })
  record(@Root() item: ParticipantVerification, @Ctx() ctx: BpjsTkContext) {
    return this.verifications.recordOf(ctx, item);
  }
}
