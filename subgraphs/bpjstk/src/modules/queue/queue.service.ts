// The branch-office queue: slots of a working day, booking (never over capacity, one active ticket
// per person, service and day, idempotent) and cancelling.
import { randomUUID } from 'node:crypto';
import { ownNik } from '#platform/auth/caller';
import type { BpjsTkServiceConfig } from '../../config';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Page } from '#platform/federation/page-info';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '#platform/errors';
import { requireText } from '#platform/validation/require';
import type { BpjsTkContext } from '../../context';
import { isUniqueViolation } from '#platform/db/sql';
import type { QueueService, QueueTicketStatus } from '../common/enums';
import { QueueTicketRecord } from './queue.entity';
import { TICKETS } from './queue.page';
import type { QueueRepository } from './queue.repository';
import { isSlotStart, localDate, slotStarts, ticketNumber, type QueueSchedule } from './queue.schedule';
import type { QueueBookingInput, QueueSlot, QueueTicket } from './queue.type';

/** What a queue call needs of its request. */
export type QueueScope = Pick<BpjsTkContext, 'caller' | 'em' | 'loaders'>;

export interface QueueTicketServiceDeps {
  /** The opening hours, slot length and capacity, time zone and holidays. */
  config: Pick<
    BpjsTkServiceConfig,
    'QUEUE_OPENS_AT' | 'QUEUE_CLOSES_AT' | 'QUEUE_SLOT_MINUTES' | 'QUEUE_SLOT_CAPACITY' | 'HUB_TIME_ZONE_OFFSET_HOURS' | 'holidays'
  >;
}

export function scheduleFrom(config: QueueTicketServiceDeps['config']): QueueSchedule {
  return {
    opensAt: config.QUEUE_OPENS_AT,
    closesAt: config.QUEUE_CLOSES_AT,
    slotMinutes: config.QUEUE_SLOT_MINUTES,
    capacity: config.QUEUE_SLOT_CAPACITY,
    offsetHours: config.HUB_TIME_ZONE_OFFSET_HOURS,
    holidays: config.holidays,
  };
}

export function toTicket(row: QueueTicketRecord): QueueTicket {
  return {
    id: row.id,
    number: row.number,
    service: row.service as QueueService,
    slotStartsAt: new Date(row.slotStartsAt),
    status: row.status as QueueTicketStatus,
    branchId: row.branchId,
    nik: row.nik,
  };
}

const ticketsIn = (em: EntityManager): QueueRepository => em.getRepository(QueueTicketRecord);

async function requireBranch(scope: QueueScope, branchId: string) {
  const branch = await scope.loaders.branchById.load(branchId);
  if (!branch) throw new BadInputError('branchId', 'There is no branch office with this id.');
  return branch;
}

class AlreadyBooked extends Error {}

export class QueueTicketService {
  constructor(private readonly deps: QueueTicketServiceDeps) {}

  async slots(scope: QueueScope, branchId: string, date: string, service: QueueService): Promise<QueueSlot[]> {
    await requireBranch(scope, branchId);
    const schedule = scheduleFrom(this.deps.config);
    const starts = slotStarts(date, schedule);
    if (starts.length === 0) return [];
    const end = new Date(starts[starts.length - 1].getTime() + 1);
    const rows = await ticketsIn(scope.em).slots(branchId, service, starts[0], end);
    const byStart = new Map(rows.map((r) => [new Date(r.startsAt).getTime(), r]));
    const now = Date.now();
    return starts
      .filter((start) => start.getTime() > now)
      .map((start) => {
        const row = byStart.get(start.getTime());
        const capacity = row ? Number(row.capacity) : schedule.capacity;
        return { startsAt: start, capacity, available: Math.max(0, capacity - (row ? Number(row.booked) : 0)) };
      });
  }

  async book(scope: QueueScope, input: QueueBookingInput): Promise<QueueTicket> {
    const caller = scope.caller;
    const nik = ownNik(caller);
    if (!nik || (caller.kind !== 'participant' && caller.kind !== 'kiosk')) throw new ForbiddenError();
    const key = input.idempotencyKey ? requireText('idempotencyKey', input.idempotencyKey, 100) : null;
    const repo = ticketsIn(scope.em);
    if (key) {
      const earlier = await repo.byIdempotencyKey(nik, key);
      if (earlier) return toTicket(earlier);
    }
    await requireBranch(scope, input.branchId);
    const schedule = scheduleFrom(this.deps.config);
    const startsAt = input.slotStartsAt;
    if (!isSlotStart(startsAt, schedule)) {
      throw new BadInputError('slotStartsAt', 'slotStartsAt must be the start of a slot on a working day (see queueSlots).');
    }
    if (startsAt.getTime() <= Date.now()) throw new BadInputError('slotStartsAt', 'This slot has already started.');
    const serviceDate = localDate(startsAt, schedule.offsetHours);

    try {
      return await scope.em.transactional(async (em) => {
        const tx = ticketsIn(em);
        if (!(await tx.takePlace(input.branchId, input.service, startsAt, schedule.capacity))) {
          throw new ConflictError('This slot is full. Choose another time.');
        }
        const number = ticketNumber(input.service, await tx.nextNumber(input.branchId, serviceDate, input.service));
        const row = await tx.insertOnce({
          id: randomUUID(),
          branchId: input.branchId,
          service: input.service,
          slotStartsAt: startsAt,
          serviceDate,
          nik,
          accountId: caller.accountId,
          number,
          idempotencyKey: key,
        });
        if (!row) throw new AlreadyBooked(); // a concurrent retry with the same key won: undo this place
        return toTicket(row);
      });
    } catch (error) {
      if (error instanceof AlreadyBooked && key) {
        const first = await repo.byIdempotencyKey(nik, key);
        if (first) return toTicket(first);
      }
      if (isUniqueViolation(error, 'queue_ticket_one_active_idx')) {
        if (key) {
          const first = await repo.byIdempotencyKey(nik, key);
          if (first) return toTicket(first);
        }
        throw new ConflictError('You already have a ticket for this service on that day. Cancel it to book another.');
      }
      throw error;
    }
  }

  async cancel(scope: QueueScope, id: string): Promise<QueueTicket> {
    const nik = ownNik(scope.caller);
    if (!nik) throw new ForbiddenError();
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError('The ticket');
    return scope.em.transactional(async (em) => {
      const repo = ticketsIn(em);
      const cancelled = await repo.cancel(id, nik);
      if (!cancelled) {
        const existing = await repo.byId(id);
        if (!existing || existing.nik !== nik) throw new NotFoundError('The ticket');
        if (existing.status === 'CANCELLED') return toTicket(existing);
        throw new ConflictError(`A ${existing.status} ticket cannot be cancelled.`);
      }
      await repo.releasePlace(cancelled.branchId, cancelled.service, new Date(cancelled.slotStartsAt));
      return toTicket(cancelled);
    });
  }

  /** The person's tickets, latest slot first, as the bounded plain list the contract reads. */
  async list(scope: Pick<QueueScope, 'loaders'>, nik: string, first: number | null | undefined): Promise<QueueTicket[]> {
    return TICKETS.head(await ticketsOf(scope, nik), first);
  }

  /** The person's tickets, latest slot first, a page at a time. */
  async page(scope: Pick<QueueScope, 'loaders'>, nik: string, first: number | null | undefined, after: string | null | undefined): Promise<Page<QueueTicket>> {
    return TICKETS.pageOf(await ticketsOf(scope, nik), first, after);
  }
}

/** A person's tickets through the DataLoader. */
async function ticketsOf(scope: Pick<QueueScope, 'loaders'>, nik: string): Promise<QueueTicket[]> {
  return (await scope.loaders.ticketsByNik.load(nik)).map(toTicket);
}
