import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A worker’s participation in BPJS Ketenagakerjaan.' })
export class BpjsTkParticipant {
  @Field(() => String, { description: 'KPJ (Kartu Peserta Jamsostek) number, 11 digits.' })
  kpj!: string;

  @Field(() => String, { nullable: true, description: 'PU (wage earner) or BPU (self-employed).' })
  membership?: string | null;

  @Field(() => String, { nullable: true })
  status?: string | null;

  nik!: string;
}
