import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import type { ParticipantService } from '../participant/participant.service';
import { BpjsTkParticipant } from '../participant/participant.type';
import { Person } from './person.type';

@Resolver(() => Person)
export class BpjsTkPersonResolver {
  constructor(private readonly participants: ParticipantService) {}

  @FieldResolver(() => BpjsTkParticipant, {
    nullable: true,
    description:
      'The person’s BPJS TK (BPJS Ketenagakerjaan) record, null when there is none: for the person, their kiosk session, BPJS TK officers and hub admins with X-Access-Purpose, and partners the person consented to (an unverified self-registration only for BPJS TK staff).',
  })
  bpjsTk(@Root() person: Person, @Ctx() ctx: BpjsTkContext): Promise<BpjsTkParticipant | null> {
    return this.participants.ofPerson(ctx, person.nik);
  }
}
