import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';

@Directive('@key(fields: "nik")')
@ObjectType({ description: 'One person across both agencies, keyed by NIK.' })
export class Person {
  @Field(() => ID, { description: 'NIK, 16 digits.' })
  nik!: string;

  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @Field(() => DateScalar, { nullable: true })
  birthDate?: string | null;
}
