import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateScalar } from '#platform/federation/scalars';
import type { BpjsTkContext } from '../../context';
import { toBranch } from '../branch/branch.service';
import { BranchOffice } from '../branch/branch.type';
import { QueueService } from '../common/enums';
import type { QueueTicketService } from './queue.service';
import { QueueBookingInput, QueueSlot, QueueTicket } from './queue.type';

@Resolver(() => QueueTicket)
export class QueueResolver {
  constructor(private readonly queue: QueueTicketService) {}

  @Query(() => [QueueSlot], { description: 'The slots of a working day that have not started yet, with free places (empty on weekends and holidays); public.' })
  queueSlots(
    @Arg('branchId', () => ID, { description: 'The branch office’s id.' }) branchId: string,
    @Arg('date', () => DateScalar, { description: 'The day, `YYYY-MM-DD`, in the hub’s time zone.' }) date: string,
    @Arg('service', () => QueueService, { description: 'The service to queue for.' }) service: QueueService,
    @Ctx() ctx: BpjsTkContext,
  ) {
    return this.queue.slots(ctx, branchId, date, service);
  }

  @Mutation(() => QueueTicket, {
    nullable: true,
    description: 'The person (signed in or at a kiosk) books a place, never over the slot’s capacity and one active ticket per service and day.',
  })
  bookQueueTicket(@Arg('input', () => QueueBookingInput, { description: 'The booking.' }) input: QueueBookingInput, @Ctx() ctx: BpjsTkContext) {
    return this.queue.book(ctx, input);
  }

  @Mutation(() => QueueTicket, {
    nullable: true,
    description: 'The holder cancels a BOOKED ticket and frees its place; an already cancelled ticket is returned as it is.',
  })
  cancelQueueTicket(@Arg('id', () => ID, { description: 'The ticket’s id.' }) id: string, @Ctx() ctx: BpjsTkContext) {
    return this.queue.cancel(ctx, id);
  }

  @FieldResolver(() => BranchOffice, { nullable: true, description: 'The branch office of the queue.' })
  async branch(@Root() ticket: QueueTicket, @Ctx() ctx: BpjsTkContext): Promise<BranchOffice | null> {
    const row = await ctx.loaders.branchById.load(ticket.branchId);
    return row ? toBranch(row) : null;
  }
}
