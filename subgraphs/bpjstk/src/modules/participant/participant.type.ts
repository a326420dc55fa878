import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { BpjsTkMembership, BpjsTkParticipantStatus } from '../common/enums';
import { RecordSource } from '#domain/record-source';

@ObjectType({
  description:
    'A worker’s participation in BPJS Ketenagakerjaan (BPJS TK, the workers’ social security agency); partners read its profile fields with the PROFILE_READ consent scope.',
})
export class BpjsTkParticipant {
  @Field(() => String, { nullable: true, description: 'KPJ (Kartu Peserta Jamsostek) number, 11 digits.' })
  kpj!: string;

  @Field(() => BpjsTkMembership, { nullable: true, description: 'PU (wage earner) or BPU (self-employed).' })
  membership?: BpjsTkMembership | null;

  @Field(() => BpjsTkParticipantStatus, {
    nullable: true,
    description: 'Where the participation stands (active, ended, retired or awaiting its first payment).',
  })
  status?: BpjsTkParticipantStatus | null;

  @Field(() => String, { nullable: true, description: 'Current or last employer (PU).' })
  employer?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'End of the last employment, when inactive.' })
  inactiveSince?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the membership (partial JHT claims need ten years of it).' })
  memberSince?: string | null;

  @Field(() => RecordSource, { nullable: true, description: 'The BPJS TK record this block comes from, and when it last changed.' })
  source?: RecordSource | null;

  nik!: string;
  fullName!: string;
  birthDate!: string;
}
