import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { BadInputError } from '#platform/errors';
import type { TaspenContext } from '../../context';
import { requirePersonAccess } from '../access/access-log';
import { kptNumber, toCardView } from '../card/card.service';
import { TaspenCard } from '../card/card.type';
import { MAX_PAGE, toSubmissionView } from '../submission/submission.service';
import { TaspenSubmissionConnection } from '../submission/submission.type';
import { TaspenParticipantRepository } from './participant.repository';
import { checkParticipant } from './participant.service';
import { TaspenParticipant, TaspenParticipantCheck, ThtBalance } from './participant.type';
import { pageOfList } from '#platform/federation/page-info';

@Resolver(() => TaspenParticipant)
export class TaspenParticipantResolver {
  @Query(() => TaspenParticipantCheck, { description: 'Is this NIP, NIK or NPWP a Taspen participant? The person and Taspen staff with a purpose see the NIP, masked name and employer; others `found` alone. Every check is logged; at most 30 checks per 10 minutes per caller.' })
  taspenParticipantCheck(@Arg('identifier', () => String, { description: 'A NIP (18 digits), NIK (16) or NPWP (tax number, 15 or 16 digits); dots, dashes and spaces are ignored.' }) identifier: string, @Ctx() ctx: TaspenContext) {
    return checkParticipant(
      { participants: new TaspenParticipantRepository(ctx.em), kv: ctx.platform.kv, readLog: ctx.readLog },
      ctx.caller,
      ctx.clientIp,
      ctx.accessPurpose,
      identifier,
    );
  }

  @FieldResolver(() => TaspenCard, { nullable: true, description: 'The KPT (participation card), once issued; null before (partners need CARDS_READ).' })
  async card(@Root() participant: TaspenParticipant, @Ctx() ctx: TaspenContext): Promise<TaspenCard | null> {
    await requirePersonAccess(ctx, participant.nik, 'cards', ['taspen.card']);
    const card = await ctx.loaders.cardByNumber.load(kptNumber(participant.nip));
    return card ? toCardView(card, ctx.platform.config) : null;
  }

  @FieldResolver(() => ThtBalance, { nullable: true, description: 'The THT balance: the person needs a step-up within the last 15 minutes (a kiosk session needs none), partners BALANCES_READ.' })
  async thtBalance(@Root() participant: TaspenParticipant, @Ctx() ctx: TaspenContext): Promise<ThtBalance | null> {
    await requirePersonAccess(ctx, participant.nik, 'balances', ['taspen.thtBalance']);
    const record = await ctx.loaders.participantByNip.load(participant.nip);
    return record ? { amount: Number(record.thtBalance), asOf: record.thtBalanceAsOf } : null;
  }

  @FieldResolver(() => TaspenSubmissionConnection, { nullable: true, description: 'The person’s submissions, newest first (partners need SUBMISSIONS_READ).' })
  async submissions(
    @Root() participant: TaspenParticipant,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: TaspenContext,
  ): Promise<TaspenSubmissionConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw new BadInputError('first', `first must be from 1 to ${MAX_PAGE}.`);
    await requirePersonAccess(ctx, participant.nik, 'submissions', ['taspen.submissions']);
    const rows = await ctx.loaders.submissionsByNik.load(participant.nik);
    const page = pageOfList(rows, (row) => row.id, first, after, MAX_PAGE);
    return { ...page, nodes: page.nodes.map(toSubmissionView) };
  }
}
