// The profile fields of a Taspen record (nip, employer, status), each checked on its own: a partner
// holding consent to cards but not to the profile sees the card and CONSENT_REQUIRED here.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { TaspenContext } from '../../context';
import { TaspenParticipant } from '../participant/participant.type';
import { RecordSource } from '#domain/record-source';
import type { AccessService } from './access.service';

@Resolver(() => TaspenParticipant)
export class TaspenProfileFieldsResolver {
  constructor(private readonly access: AccessService) {}

  @FieldResolver(() => String, { nullable: true, description: 'NIP (civil servant number), 18 digits (profile: partners need PROFILE_READ).' })
  async nip(@Root() participant: TaspenParticipant, @Ctx() ctx: TaspenContext): Promise<string> {
    await this.access.requireProfileField(ctx, participant.nik);
    return participant.nip;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The employing government agency, the instansi (profile: partners need PROFILE_READ).' })
  async employer(@Root() participant: TaspenParticipant, @Ctx() ctx: TaspenContext): Promise<string | null> {
    await this.access.requireProfileField(ctx, participant.nik);
    return participant.employer ?? null;
  }

  @FieldResolver(() => RecordSource, {
    nullable: true,
    description: 'The Taspen record this block comes from, and when it last changed (profile: partners need PROFILE_READ).',
  })
  async source(@Root() participant: TaspenParticipant, @Ctx() ctx: TaspenContext): Promise<RecordSource> {
    await this.access.requireProfileField(ctx, participant.nik);
    return participant.source;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'In service or retired; null for a status the hub does not know (profile: partners need PROFILE_READ).',
  })
  async status(@Root() participant: TaspenParticipant, @Ctx() ctx: TaspenContext): Promise<string | null> {
    await this.access.requireProfileField(ctx, participant.nik);
    return participant.status ?? null;
  }
}
