import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import type { BpjsTkContext } from '../../context';
import { toBranch } from '../branch/branch.service';
import { BranchOffice } from '../branch/branch.type';
import { QueueService } from '../common/enums';
import { bookQueueTicket, cancelQueueTicket, queueSlots } from './queue.service';
import { QueueBookingInput, QueueSlot, QueueTicket } from './queue.type';

@Resolver(() => QueueTicket)
export class QueueResolver {
  @Query(() => [QueueSlot], { description: 'Bookable slots of a working day (empty on weekends and holidays).' })
  queueSlots(
    @Arg('branchId', () => ID) branchId: string,
    @Arg('date', () => DateScalar) date: string,
    @Arg('service', () => QueueService) service: QueueService,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return queueSlots(ctx, branchId, date, service);
  }

  @Mutation(() => QueueTicket, { nullable: true })
  bookQueueTicket(@Arg('input', () => QueueBookingInput) input: QueueBookingInput, @Ctx() ctx: BpjsTkContext) {
    return bookQueueTicket(ctx, input);
  }

  @Mutation(() => QueueTicket, { nullable: true })
  cancelQueueTicket(@Arg('id', () => ID) id: string, @Ctx() ctx: BpjsTkContext) {
    return cancelQueueTicket(ctx, id);
  }

  @FieldResolver(() => BranchOffice, { nullable: true })
  async branch(@Root() ticket: QueueTicket, @Ctx() ctx: BpjsTkContext): Promise<BranchOffice | null> {
    const row = await ctx.loaders.branchById.load(ticket.branchId);
    return row ? toBranch(row) : null;
  }
}
