import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { TaspenContext } from '../../context';
import { TaspenParticipant } from '../participant/participant.type';
import { Person } from './person.type';

@Resolver(() => Person)
export class TaspenPersonResolver {
  @FieldResolver(() => TaspenParticipant, { nullable: true, description: 'The person’s Taspen record, if any.' })
  async taspen(@Root() person: Person, @Ctx() ctx: TaspenContext): Promise<TaspenParticipant | null> {
    const record = await ctx.loaders.participantByNik.load(person.nik);
    return record ? { nip: record.nip, employer: record.employer, status: record.status, nik: record.nik } : null;
  }
}
