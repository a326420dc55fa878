import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { TaspenContext } from '../../context';
import { requireTaspenRecordAccess } from '../access/access-log';
import { TaspenParticipant } from '../participant/participant.type';
import { toParticipantView } from '../participant/participant.view';
import { Person } from './person.type';

@Resolver(() => Person)
export class TaspenPersonResolver {
  @FieldResolver(() => TaspenParticipant, {
    nullable: true,
    description:
      'The person’s Taspen record, null when not a participant: for the person, Taspen staff with X-Access-Purpose, or a partner with consent to any Taspen scope.',
  })
  async taspen(@Root() person: Person, @Ctx() ctx: TaspenContext): Promise<TaspenParticipant | null> {
    await requireTaspenRecordAccess(ctx, person.nik);
    const record = await ctx.loaders.participantByNik.load(person.nik);
    return record ? toParticipantView(record) : null;
  }
}
