import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../../context';
import type { PersonService } from './person.service';
import { Person } from './person.type';
import { personId } from './person.view';

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly persons: PersonService) {}

  @Query(() => [Person], {
    nullable: 'items',
    description: 'Staff: several people by NIK at once (at most 100), in the order given; null for an unknown NIK.',
  })
  people(
    @Arg('niks', () => [String], { description: 'NIKs (16 digits each), at most 100.' }) niks: string[],
    @Ctx() ctx: IdentityContext,
  ): Promise<Array<Person | null>> {
    return this.persons.people(ctx, niks);
  }

  @Query(() => Person, { nullable: true, description: "A person's joined record by NIK (partners: with consent)." })
  person(
    @Arg('nik', () => String, { description: 'NIK: the 16-digit national identity number on the KTP.' }) nik: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<Person | null> {
    return this.persons.person(ctx, nik);
  }

  @FieldResolver(() => ID, { description: 'Stable id of the person for client caches; the same person always has the same id.' })
  id(@Root() person: Person): string {
    return personId(person.nik);
  }
}
