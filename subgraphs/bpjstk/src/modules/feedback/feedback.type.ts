import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { QueueService } from '../common/enums';

@InputType({ description: 'The e-survey after a service: rating 1 (poor) to 5 (excellent).' })
export class ServiceFeedbackInput {
  @Field(() => QueueService, { description: 'The service rated (the ticket’s service when queueTicketId is given).' }) service!: QueueService;
  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' }) rating!: number;
  @Field(() => String, { nullable: true, description: 'Free text, at most 1000 characters.' }) comment?: string | null;
  @Field(() => ID, { nullable: true, description: 'One of the caller’s own queue tickets, rated once.' }) queueTicketId?: string | null;
}

@ObjectType({ description: 'A recorded e-survey answer.' })
export class ServiceFeedback {
  @Field(() => ID, { description: 'The answer’s id.' }) id!: string;
  @Field(() => Int, { description: 'The rating recorded, 1 to 5.' }) rating!: number;
}
