import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import { BpjsTkParticipant } from '../participant/participant.type';
import { decideVerification, recordOf, verificationQueue } from './verification.service';
import { ParticipantVerification, VerificationDecision } from './verification.type';

@Resolver(() => ParticipantVerification)
export class VerificationResolver {
  @Query(() => [ParticipantVerification], { description: 'BPJS TK officers: self-registered records and link requests awaiting a decision, oldest first.' })
  participantVerifications(@Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number, @Ctx() ctx: BpjsTkContext) {
    return verificationQueue(ctx, first);
  }

  @Mutation(() => ParticipantVerification, { description: 'BPJS TK officers: verify or reject an item, with a note (audited).' })
  decideParticipantVerification(
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => VerificationDecision) decision: VerificationDecision,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return decideVerification(ctx, id, decision, note);
  }

  @FieldResolver(() => BpjsTkParticipant, { nullable: true })
  record(@Root() item: ParticipantVerification, @Ctx() ctx: BpjsTkContext) {
    return recordOf(ctx, item);
  }
}
