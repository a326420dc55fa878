import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { TaspenContext } from '../../context';
import { TaspenCard } from '../card/card.type';
import { TaspenSubmissionConnection } from '../submission/submission.type';
import type { ParticipantService } from './participant.service';
import { TaspenParticipant, TaspenParticipantCheck, ThtBalance } from './participant.type';

@Resolver(() => TaspenParticipant)
export class TaspenParticipantResolver {
  constructor(private readonly participants: ParticipantService) {}

  @Query(() => TaspenParticipantCheck, {
    description:
      'Is this NIP, NIK or NPWP a Taspen participant? The person and Taspen staff with a purpose see the NIP, masked name and employer; others `found` alone. Every check is logged; at most 30 checks per 10 minutes per caller, and 50 a day for everyone but staff.',
  })
  taspenParticipantCheck(
    @Arg('identifier', () => String, { description: 'A NIP (18 digits), NIK (16) or NPWP (tax number, 15 or 16 digits); dots, dashes and spaces are ignored.' })
    identifier: string,
    @Ctx() ctx: TaspenContext,
  ) {
    return this.participants.check(ctx, identifier);
  }

  @FieldResolver(() => TaspenCard, { nullable: true, description: 'The KPT (participation card), once issued; null before (partners need CARDS_READ).' })
  card(@Root() participant: TaspenParticipant, @Ctx() ctx: TaspenContext): Promise<TaspenCard | null> {
    return this.participants.card(ctx, participant);
  }

  @FieldResolver(() => ThtBalance, {
    nullable: true,
    description: 'The THT balance: the person needs a step-up within the last 15 minutes (a kiosk session needs none), partners BALANCES_READ.',
  })
  thtBalance(@Root() participant: TaspenParticipant, @Ctx() ctx: TaspenContext): Promise<ThtBalance | null> {
    return this.participants.thtBalance(ctx, participant);
  }

  @FieldResolver(() => TaspenSubmissionConnection, { nullable: true, description: 'The person’s submissions, newest first (partners need SUBMISSIONS_READ).' })
  submissions(
    @Root() participant: TaspenParticipant,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: TaspenContext,
  ): Promise<TaspenSubmissionConnection> {
    return this.participants.submissions(ctx, participant, first, after);
  }
}
