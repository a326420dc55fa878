import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import type { BranchService } from './branch.service';
import { BranchOffice, GeoPointInput } from './branch.type';

@Resolver(() => BranchOffice)
export class BranchResolver {
  constructor(private readonly branches: BranchService) {}

  @Query(() => [BranchOffice], { description: 'Branch offices, nearest first when `near` is given (by name otherwise); public.' })
  branchOffices(
    @Arg('near', () => GeoPointInput, { nullable: true, description: 'Sort by distance from this point, and give distanceKm.' }) near: GeoPointInput | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1 to 50 (default 5).' }) first: number | null,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return this.branches.offices(ctx, near, first);
  }
}
