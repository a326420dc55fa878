import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "nik")')
@ObjectType()
export class Person {
  @Field(() => ID)
  nik!: string;
}
