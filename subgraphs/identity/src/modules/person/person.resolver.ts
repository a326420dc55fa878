import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../context';
import { findPerson } from './person.service';
import { Person } from './person.type';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "A person's joined record by NIK (partners: with consent)." })
  person(
    @Arg('nik', () => String, { description: 'NIK: the 16-digit national identity number on the KTP.' }) nik: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<Person | null> {
    return findPerson(ctx, nik);
  }
}
