import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { TaspenContext } from '../../context';
import type { ParticipantService } from '../participant/participant.service';
import { TaspenParticipant } from '../participant/participant.type';
import { Person } from './person.type';

@Resolver(() => Person)
export class TaspenPersonResolver {
  constructor(private readonly participants: ParticipantService) {}

  @FieldResolver(() => TaspenParticipant, {
    nullable: true,
    description:
      'The person’s Taspen record, null when not a participant: for the person, Taspen staff with X-Access-Purpose, or a partner with consent to any Taspen scope.',
  })
  taspen(@Root() person: Person, @Ctx() ctx: TaspenContext): Promise<TaspenParticipant | null> {
    return this.participants.ofPerson(ctx, person.nik);
  }
}
