// The service e-survey: anyone may rate a service; a rating tied to a queue ticket must be the
// ticket holder's own, once per ticket. Built once per process; each call gets the request's scope.
import { randomUUID } from 'node:crypto';
import { ownNik } from '#platform/auth/caller';
import { isUniqueViolation } from '#platform/db/sql';
import { BadInputError, ConflictError } from '#platform/errors';
import type { KeyValueStore } from '#platform/kv/kv';
import { consume } from '#platform/kv/rate-limit';
import { requireIntRange, requireText } from '#platform/validation/require';
import type { BpjsTkContext } from '../../context';
import { QueueTicketRecord } from '../queue/queue.entity';
import { ServiceFeedbackRecord } from './feedback.entity';
import type { ServiceFeedback, ServiceFeedbackInput } from './feedback.type';

/** What a feedback call needs of its request. */
export type FeedbackScope = Pick<BpjsTkContext, 'caller' | 'em' | 'clientIp'>;

export interface FeedbackServiceDeps {
  /** Where the per-address rate limit counts. */
  kv: KeyValueStore;
}

export class FeedbackService {
  constructor(private readonly deps: FeedbackServiceDeps) {}

  async submit(scope: FeedbackScope, input: ServiceFeedbackInput): Promise<ServiceFeedback> {
    const rating = requireIntRange('rating', input.rating, 1, 5);
    const comment = input.comment?.trim() ? requireText('comment', input.comment, 1000) : null;
    const nik = ownNik(scope.caller);
    let ticketId: string | null = null;
    if (input.queueTicketId) {
      const ticket = /^[0-9a-f-]{36}$/i.test(input.queueTicketId) ? await scope.em.getRepository(QueueTicketRecord).byId(input.queueTicketId) : null;
      if (!ticket || !nik || ticket.nik !== nik) throw new BadInputError('queueTicketId', 'queueTicketId must be one of your own queue tickets.');
      if (ticket.service !== input.service) throw new BadInputError('service', 'service must be the service of the ticket.');
      ticketId = ticket.id;
    }
    await consume(this.deps.kv, `bpjstk:feedback:ip:${scope.clientIp}`, 30, 3600);
    const id = randomUUID();
    try {
      await scope.em.getRepository(ServiceFeedbackRecord).add({ id, service: input.service, rating, comment, queueTicketId: ticketId, nik });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('This ticket has already been rated.');
      throw error;
    }
    return { id, rating };
  }
}
