// The service e-survey: anyone may rate a service; a rating tied to a queue ticket must be the
// ticket holder's own, once per ticket.
import { randomUUID } from 'node:crypto';
import { ownNik } from '#platform/auth/caller';
import { BadInputError, ConflictError } from '#platform/errors';
import { consume } from '#platform/kv/rate-limit';
import { requireIntRange, requireText } from '#platform/validation/require';
import type { BpjsTkContext } from '../../context';
import { isUniqueViolation, sqlOf } from '#platform/db/sql';
import { QueueTicketRecord } from '../queue/queue.entity';
import type { ServiceFeedback, ServiceFeedbackInput } from './feedback.type';

export async function submitServiceFeedback(ctx: BpjsTkContext, input: ServiceFeedbackInput): Promise<ServiceFeedback> {
  const rating = requireIntRange('rating', input.rating, 1, 5);
  const comment = input.comment?.trim() ? requireText('comment', input.comment, 1000) : null;
  const nik = ownNik(ctx.caller);
  let ticketId: string | null = null;
  if (input.queueTicketId) {
    const ticket = /^[0-9a-f-]{36}$/i.test(input.queueTicketId) ? await ctx.em.getRepository(QueueTicketRecord).byId(input.queueTicketId) : null;
    if (!ticket || !nik || ticket.nik !== nik) throw new BadInputError('queueTicketId', 'queueTicketId must be one of your own queue tickets.');
    if (ticket.service !== input.service) throw new BadInputError('service', 'service must be the service of the ticket.');
    ticketId = ticket.id;
  }
  const key = `bpjstk:feedback:ip:${ctx.clientIp}`;
  await consume(ctx.platform.kv, key, 30, 3600);
  const id = randomUUID();
  try {
    await sqlOf(ctx.em)(
      `insert into bpjstk.service_feedback (id, service, rating, comment, queue_ticket_id, nik) values (?, ?, ?, ?, ?, ?)`,
      [id, input.service, rating, comment, ticketId, nik],
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('This ticket has already been rated.');
    throw error;
  }
  return { id, rating };
}
