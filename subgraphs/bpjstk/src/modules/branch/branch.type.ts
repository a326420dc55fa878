import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A BPJS Ketenagakerjaan branch office.' })
export class BranchOffice {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  city!: string;

  @Field(() => String)
  address!: string;

  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => Float, { nullable: true, description: 'Great-circle distance from the `near` point, km.' })
  distanceKm?: number | null;
}

@InputType()
export class GeoPointInput {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}
