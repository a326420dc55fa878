import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import { toParticipant } from '../participant/participant.view';
import { isTrustedRecord } from '../participant/participant.entity';
import { isBpjsTkReader } from '../participant/participant.access';
import { BpjsTkParticipant } from '../participant/participant.type';
import { Person } from './person.type';

@Resolver(() => Person)
export class BpjsTkPersonResolver {
  @FieldResolver(() => BpjsTkParticipant, {
    nullable: true,
    description:
      'The person’s BPJS TK (BPJS Ketenagakerjaan) record, null when there is none: for the person, their kiosk session, BPJS TK officers and hub admins with X-Access-Purpose, and partners the person consented to (an unverified self-registration only for BPJS TK staff).',
  })
  async bpjsTk(@Root() person: Person, @Ctx() ctx: BpjsTkContext): Promise<BpjsTkParticipant | null> {
    const record = await ctx.loaders.participantByNik.load(person.nik);
    if (!record) return null;
    // An unverified self-registration is not the person's record until an officer verifies it: only
    // BPJS TK staff see it (in the verification queue and here).
    if (!isTrustedRecord(record) && !isBpjsTkReader(ctx.caller)) return null;
    return toParticipant(record);
  }
}
