import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../context';
import { findPeople } from './people.service';
import { Person } from './person.type';

@Resolver(() => Person)
export class PeopleResolver {
  @Query(() => [Person], {
    nullable: 'items',
    description: 'Staff: several people by NIK at once (at most 100), in the order given; null for an unknown NIK.',
  })
  people(
    @Arg('niks', () => [String], { description: 'NIKs (16 digits each), at most 100.' }) niks: string[],
    @Ctx() ctx: IdentityContext,
  ): Promise<Array<Person | null>> {
    return findPeople(ctx, niks);
  }
}
