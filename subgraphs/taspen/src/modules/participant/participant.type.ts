import { Field, Float, ObjectType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { RecordSource } from './record-source.type';

@ObjectType({ description: 'THT (Tabungan Hari Tua): the civil servant’s old-age savings with Taspen.' })
export class ThtBalance {
  @Field(() => Float, { description: 'Whole rupiah.' })
  amount!: number;

  @Field(() => DateScalar)
  asOf!: string;
}

@ObjectType({ description: 'A civil servant’s participation in Taspen.' })
export class TaspenParticipant {
  @Field(() => String, { nullable: true, description: 'NIP, 18 digits (profile: partners need PROFILE_READ).' })
  nip!: string;

  @Field(() => String, { nullable: true })
  employer?: string | null;

  @Field(() => String, { nullable: true })
  status?: string | null;

  /** Not exposed; used by field resolvers. */
  nik!: string;

  /** Provenance; shown by the profile resolver (partners: PROFILE_READ). */
  source!: RecordSource;
}

@ObjectType({ description: 'Whether Taspen knows a participant, with only enough to recognise them.' })
export class TaspenParticipantCheck {
  @Field(() => Boolean)
  found!: boolean;

  @Field(() => String, { nullable: true })
  nip!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. `Bu** Sa*****`' })
  nameMasked!: string | null;

  @Field(() => String, { nullable: true })
  employer!: string | null;
}
