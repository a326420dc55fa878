import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A BPJS Ketenagakerjaan branch office.' })
export class BranchOffice {
  @Field(() => ID, { description: 'The branch’s id, e.g. `medan-kota` (for queueSlots and bookQueueTicket).' })
  id!: string;

  @Field(() => String, { description: 'The branch’s name, e.g. `BPJS Ketenagakerjaan Cabang Medan Kota`.' })
  name!: string;

  @Field(() => String, { description: 'The city the branch is in.' })
  city!: string;

  @Field(() => String, { description: 'The street address.' })
  address!: string;

  @Field(() => Float, { description: 'Latitude, decimal degrees.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude, decimal degrees.' })
  longitude!: number;

  @Field(() => Float, { nullable: true, description: 'Great-circle distance from the `near` point, km (two decimals); null without `near`.' })
  distanceKm?: number | null;
}

@InputType({ description: 'A point on the map, decimal degrees.' })
export class GeoPointInput {
  @Field(() => Float, { description: 'Latitude, -90 to 90.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude, -180 to 180.' })
  longitude!: number;
}
