import { Field, ObjectType } from 'type-graphql';
import { isEnumValue, registerEnum, type EnumValue } from '#platform/federation/enums';
import { DateScalar } from '#platform/federation/scalars';
import { RupiahScalar } from '#platform/federation/rupiah';
import { RecordSource } from '#domain/record-source';

@ObjectType({ description: 'THT (Tabungan Hari Tua): the civil servant’s old-age savings with Taspen.' })
export class ThtBalance {
  @Field(() => RupiahScalar, { description: 'Whole rupiah.' })
  amount!: number;

  @Field(() => DateScalar, { description: 'The date the balance applies to, `YYYY-MM-DD`.' })
  asOf!: string;
}

/** Whether the civil servant still serves (ACTIVE) or has retired (RETIRED, pensiun). */
export const TaspenParticipantStatus = registerEnum('TaspenParticipantStatus', 'Whether the civil servant still serves or has retired.', {
  ACTIVE: 'In service.',
  RETIRED: 'Retired (pensiun).',
});
export type TaspenParticipantStatus = EnumValue<typeof TaspenParticipantStatus>;

/** A stored status outside the closed set is answered as null, never as an error. */
export function toTaspenParticipantStatus(value: string | null | undefined): TaspenParticipantStatus | null {
  return isEnumValue(TaspenParticipantStatus, value) ? value : null;
}

@ObjectType({ description: 'A civil servant’s participation in Taspen.' })
export class TaspenParticipant {
  @Field(() => String, { nullable: true, description: 'NIP (civil servant number), 18 digits (profile: partners need PROFILE_READ).' })
  nip!: string;

  @Field(() => String, { nullable: true, description: 'The employing government agency, the instansi (profile: partners need PROFILE_READ).' })
  employer?: string | null;

  @Field(() => TaspenParticipantStatus, {
    nullable: true,
    description: 'In service or retired; null for a status the hub does not know (profile: partners need PROFILE_READ).',
  })
  status?: TaspenParticipantStatus | null;

  /** Not exposed; used by field resolvers. */
  nik!: string;

  /** Provenance; shown by the profile resolver (partners: PROFILE_READ). */
  source!: RecordSource;
}

@ObjectType({ description: 'Whether Taspen knows a participant, with only enough to recognise them.' })
export class TaspenParticipantCheck {
  @Field(() => Boolean, { description: 'True when Taspen has a participant with this identifier.' })
  found!: boolean;

  @Field(() => String, { nullable: true, description: 'The NIP; null unless the caller is the person or Taspen staff with X-Access-Purpose.' })
  nip!: string | null;

  @Field(() => String, { nullable: true, description: 'The name, masked (e.g. `Bu** Sa*****`); same readers as nip.' })
  nameMasked!: string | null;

  @Field(() => String, { nullable: true, description: 'The employing agency (instansi); same readers as nip.' })
  employer!: string | null;
}
