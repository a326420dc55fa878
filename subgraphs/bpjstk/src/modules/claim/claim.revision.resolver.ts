import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import { JhtClaimRevisionInput } from './claim.inputs';
import { reviseJhtClaim } from './claim.revision';
import { JhtClaim, JhtClaimEvent } from './claim.type';

const actorKind = (actor: string | null) => (actor?.startsWith('staff:') ? 'STAFF' : actor?.startsWith('account:') ? 'PARTICIPANT' : null);

@Resolver(() => JhtClaim)
export class JhtClaimRevisionResolver {
  @Mutation(() => JhtClaim, { nullable: true, description: 'The submitter answers NEEDS_REVISION: the claim goes back to SUBMITTED (NOT_FOUND for someone else’s claim).' })
  reviseJhtClaim(@Arg('id', () => ID, { description: 'The claim’s id.' }) id: string, @Arg('input', () => JhtClaimRevisionInput, { description: 'The revision.' }) input: JhtClaimRevisionInput, @Ctx() ctx: BpjsTkContext) {
    return reviseJhtClaim(ctx, id, input);
  }

  @FieldResolver(() => [JhtClaimEvent], { description: 'Every step, oldest first: submission, reviews and revisions.' })
  async history(@Root() claim: JhtClaim, @Ctx() ctx: BpjsTkContext): Promise<JhtClaimEvent[]> {
    const events = await ctx.loaders.claimHistory.load(claim.id);
    return events.map((e) => ({ status: e.status, at: new Date(e.at), note: e.note, actor: actorKind(e.actor) }));
  }
}
