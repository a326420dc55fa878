// E-survey answers.
import { EntityRepository } from '@mikro-orm/postgresql';
import type { ServiceFeedbackRecord } from './feedback.entity';

export interface NewFeedback {
  id: string;
  service: string;
  rating: number;
  comment: string | null;
  queueTicketId: string | null;
  nik: string | null;
}

export class FeedbackRepository extends EntityRepository<ServiceFeedbackRecord> {
  /** One insert statement, now (not at flush): a second rating of a ticket fails here with a unique violation. */
  async add(feedback: NewFeedback): Promise<void> {
    await this.em.insert(this.entityName, feedback);
  }
}
