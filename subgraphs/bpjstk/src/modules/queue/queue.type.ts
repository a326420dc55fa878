import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { QueueService, QueueTicketStatus } from '../common/enums';
import { BranchOffice } from '../branch/branch.type';

@ObjectType()
export class QueueSlot {
  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int)
  available!: number;
}

@ObjectType({ description: 'A place in a branch office queue.' })
export class QueueTicket {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'e.g. `JHT-014`: service prefix and the day’s number at the branch.' })
  number!: string;

  @Field(() => QueueService)
  service!: QueueService;

  @Field(() => Date)
  slotStartsAt!: Date;

  @Field(() => QueueTicketStatus)
  status!: QueueTicketStatus;

  @Field(() => BranchOffice, { nullable: true })
  branch?: BranchOffice | null;

  branchId!: string;
  nik!: string;
}

@InputType()
export class QueueBookingInput {
  @Field(() => ID)
  branchId!: string;

  @Field(() => QueueService)
  service!: QueueService;

  @Field(() => Date)
  slotStartsAt!: Date;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}
