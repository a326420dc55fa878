import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import { toParticipant } from '../participant/participant.mapper';
import { BpjsTkParticipant } from '../participant/participant.type';
import { Person } from './person.type';

@Resolver(() => Person)
export class BpjsTkPersonResolver {
  @FieldResolver(() => BpjsTkParticipant, { nullable: true, description: 'The person’s BPJS TK record, if any.' })
  async bpjsTk(@Root() person: Person, @Ctx() ctx: BpjsTkContext): Promise<BpjsTkParticipant | null> {
    const record = await ctx.loaders.participantByNik.load(person.nik);
    return record ? toParticipant(record) : null;
  }
}
