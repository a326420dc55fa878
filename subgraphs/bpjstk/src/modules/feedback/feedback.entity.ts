// An e-survey answer (table service_feedback); one per queue ticket when tied to one.
import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { FeedbackRepository } from './feedback.repository';

@Entity({ tableName: 'service_feedback', repository: () => FeedbackRepository })
export class ServiceFeedbackRecord {
  [EntityRepositoryType]?: FeedbackRepository;

  @PrimaryKey({ type: 'uuid' }) id!: string;

  /** The service rated, a QueueService code. */
  @Property({ type: 'string', length: 20 }) service!: string;
  @Property({ type: 'smallint' }) rating!: number;
  @Property({ type: 'string', length: 1000, nullable: true }) comment?: string | null;

  /** The rated queue ticket (unique: rated once). */
  @Property({ type: 'uuid', nullable: true, unique: true }) queueTicketId?: string | null;

  /** The rater, when signed in as a participant. */
  @Property({ type: 'string', length: 16, nullable: true }) nik?: string | null;
  @Property({ type: 'Date', defaultRaw: 'now()' }) createdAt?: Date;
}
