// A participant's queue tickets as the bounded plain list the contract reads and as a page of the one
// connection shape (QueueTicketService.list and .page, from the per-request tickets loader, latest slot first).
import { connectionOf, ListAndPages } from '#platform/federation/page-info';
import { QueueTicket } from './queue.type';

export const TICKETS = new ListAndPages({ list: { default: 100, max: 100 }, page: { default: 20, max: 100 } });

export const QueueTicketConnection = connectionOf(QueueTicket, 'QueueTicketConnection', {
  page: 'A page of a participant’s branch queue tickets, latest slot first.',
  total: 'The participant’s queue tickets in all, cancelled and served ones included.',
  nodes: 'The tickets of this page.',
});
