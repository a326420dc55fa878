// A participant's queue tickets as the bounded plain list the contract reads and as a page of the one
// connection shape (both from the per-request tickets loader, latest slot first).
import { boundedFirst, connectionOf, pageOfList, type Page } from '#platform/federation/page-info';
import type { BpjsTkContext } from '../../context';
import { ticketsOf } from './queue.service';
import { QueueTicket } from './queue.type';

export const TICKET_LIST = { default: 100, max: 100 };
export const TICKET_PAGE = { default: 20, max: 100 };

export const QueueTicketConnection = connectionOf(QueueTicket, 'QueueTicketConnection', {
  page: 'A page of a participant’s branch queue tickets, latest slot first.',
  total: 'The participant’s queue tickets in all, cancelled and served ones included.',
  nodes: 'The tickets of this page.',
});

export async function ticketList(ctx: Pick<BpjsTkContext, 'loaders'>, nik: string, first: number | null | undefined): Promise<QueueTicket[]> {
  const size = boundedFirst(first, TICKET_LIST);
  return (await ticketsOf(ctx, nik)).slice(0, size);
}

export async function ticketPage(
  ctx: Pick<BpjsTkContext, 'loaders'>,
  nik: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<QueueTicket>> {
  return pageOfList(await ticketsOf(ctx, nik), (ticket) => ticket.id, boundedFirst(first, TICKET_PAGE), after, TICKET_PAGE.max);
}
