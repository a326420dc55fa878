import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { QueueService, QueueTicketStatus } from '../common/enums';
import { BranchOffice } from '../branch/branch.type';

@ObjectType({ description: 'A time slot of a branch office queue, for one service.' })
export class QueueSlot {
  @Field(() => Date, { description: 'When the slot starts; book it with this as slotStartsAt.' })
  startsAt!: Date;

  @Field(() => Int, { description: 'How many tickets the slot takes.' })
  capacity!: number;

  @Field(() => Int, { description: 'How many of them are still free (0 when full).' })
  available!: number;
}

@ObjectType({ description: 'A place in a branch office queue.' })
export class QueueTicket {
  @Field(() => ID, { description: 'The ticket’s id (for cancelQueueTicket and the e-survey).' })
  id!: string;

  @Field(() => String, { description: 'e.g. `JHT-014`: service prefix and the day’s number at the branch.' })
  number!: string;

  @Field(() => QueueService, { description: 'The service queued for.' })
  service!: QueueService;

  @Field(() => Date, { description: 'When the ticket’s slot starts.' })
  slotStartsAt!: Date;

  @Field(() => QueueTicketStatus, { description: 'Where the ticket stands.' })
  status!: QueueTicketStatus;

  @Field(() => BranchOffice, { nullable: true, description: 'The branch office of the queue.' })
  branch?: BranchOffice | null;

  branchId!: string;
  nik!: string;
}

@InputType({ description: 'A place to book in a branch office queue.' })
export class QueueBookingInput {
  @Field(() => ID, { description: 'The branch office’s id.' })
  branchId!: string;

  @Field(() => QueueService, { description: 'The service to queue for.' })
  service!: QueueService;

  @Field(() => Date, { description: 'The start of a slot from queueSlots that has not started yet.' })
  slotStartsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Retries with the same key return the first ticket.' })
  idempotencyKey?: string | null;
}
