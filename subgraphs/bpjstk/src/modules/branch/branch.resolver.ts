import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { BpjsTkContext } from '../../context';
import { nearestBranches } from './branch.service';
import { BranchOffice, GeoPointInput } from './branch.type';

@Resolver(() => BranchOffice)
export class BranchResolver {
  @Query(() => [BranchOffice], { description: 'Branch offices, nearest first when `near` is given.' })
  branchOffices(
    @Arg('near', () => GeoPointInput, { nullable: true }) near: GeoPointInput | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return nearestBranches(ctx, near, first);
  }
}
