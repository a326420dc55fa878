import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import { BpjsTkMembership, BpjsTkParticipantStatus } from '../common/enums';

@ObjectType({ description: 'A worker’s participation in BPJS Ketenagakerjaan.' })
export class BpjsTkParticipant {
  @Field(() => String, { nullable: true, description: 'KPJ (Kartu Peserta Jamsostek) number, 11 digits.' })
  kpj!: string;

  @Field(() => BpjsTkMembership, { nullable: true, description: 'PU (wage earner) or BPU (self-employed).' })
  membership?: BpjsTkMembership | null;

  @Field(() => BpjsTkParticipantStatus, { nullable: true })
  status?: BpjsTkParticipantStatus | null;

  @Field(() => String, { nullable: true, description: 'Current or last employer (PU).' })
  employer?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'End of the last employment, when inactive.' })
  inactiveSince?: string | null;

  nik!: string;
  fullName!: string;
  birthDate!: string;
}
