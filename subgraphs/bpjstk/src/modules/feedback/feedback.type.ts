import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { QueueService } from '../common/enums';

@InputType({ description: 'The e-survey after a service: rating 1 (poor) to 5 (excellent).' })
export class ServiceFeedbackInput {
  @Field(() => QueueService) service!: QueueService;
  @Field(() => Int) rating!: number;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field(() => ID, { nullable: true, description: 'One of the caller’s own queue tickets.' }) queueTicketId?: string | null;
}

@ObjectType()
export class ServiceFeedback {
  @Field(() => ID) id!: string;
  @Field(() => Int) rating!: number;
}
