// Queue slots and tickets. The slot row's `booked <= capacity` check and the conditional increment
// make overbooking impossible whatever the concurrency; the partial unique index allows one active
// ticket per person, service and day.
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '#platform/db/sql';

export interface TicketRow {
  id: string;
  branch_id: string;
  service: string;
  slot_starts_at: Date;
  service_date: string;
  nik: string;
  number: string;
  status: string;
}

const TICKET = `id, branch_id, service, slot_starts_at, to_char(service_date, 'YYYY-MM-DD') as service_date, nik, number, status`;

export class QueueRepository {
  private readonly sql;

  constructor(em: EntityManager) {
    this.sql = sqlOf(em);
  }

  slots(branchId: string, service: string, from: Date, to: Date) {
    return this.sql<{ starts_at: Date; capacity: number; booked: number }>(
      `select starts_at, capacity, booked from bpjstk.queue_slot
       where branch_id = ? and service = ? and starts_at >= ? and starts_at < ?`,
      [branchId, service, from, to],
    );
  }

  /** Takes one place in the slot (creating the slot row first); false when it is full. */
  async takePlace(branchId: string, service: string, startsAt: Date, capacity: number): Promise<boolean> {
    await this.sql(
      `insert into bpjstk.queue_slot (branch_id, service, starts_at, capacity) values (?, ?, ?, ?) on conflict do nothing`,
      [branchId, service, startsAt, capacity],
    );
    const rows = await this.sql(
      `update bpjstk.queue_slot set booked = booked + 1
       where branch_id = ? and service = ? and starts_at = ? and booked < capacity returning booked`,
      [branchId, service, startsAt],
    );
    return rows.length === 1;
  }

  async releasePlace(branchId: string, service: string, startsAt: Date): Promise<void> {
    await this.sql(
      `update bpjstk.queue_slot set booked = booked - 1 where branch_id = ? and service = ? and starts_at = ? and booked > 0`,
      [branchId, service, startsAt],
    );
  }

  /** The next ticket number of the branch, day and service. */
  async nextNumber(branchId: string, date: string, service: string): Promise<number> {
    const [row] = await this.sql<{ last_number: number }>(
      `insert into bpjstk.queue_counter (branch_id, service_date, service, last_number) values (?, ?, ?, 1)
       on conflict (branch_id, service_date, service) do update set last_number = bpjstk.queue_counter.last_number + 1
       returning last_number`,
      [branchId, date, service],
    );
    return Number(row.last_number);
  }

  async insertTicket(t: { id: string; branchId: string; service: string; slotStartsAt: Date; serviceDate: string; nik: string; accountId: string; number: string; idempotencyKey: string | null }): Promise<TicketRow | null> {
    const [row] = await this.sql<TicketRow>(
      `insert into bpjstk.queue_ticket (id, branch_id, service, slot_starts_at, service_date, nik, account_id, number, status, idempotency_key)
       values (?, ?, ?, ?, ?, ?, ?, ?, 'BOOKED', ?) on conflict (nik, idempotency_key) do nothing returning ${TICKET}`,
      [t.id, t.branchId, t.service, t.slotStartsAt, t.serviceDate, t.nik, t.accountId, t.number, t.idempotencyKey],
    );
    return row ?? null;
  }

  async byIdempotencyKey(nik: string, key: string): Promise<TicketRow | null> {
    const [row] = await this.sql<TicketRow>(`select ${TICKET} from bpjstk.queue_ticket where nik = ? and idempotency_key = ?`, [nik, key]);
    return row ?? null;
  }

  async byId(id: string): Promise<TicketRow | null> {
    const [row] = await this.sql<TicketRow>(`select ${TICKET} from bpjstk.queue_ticket where id = ?`, [id]);
    return row ?? null;
  }

  /** Cancels a booked ticket of `nik`; null when there is none to cancel. */
  async cancel(id: string, nik: string): Promise<TicketRow | null> {
    const [row] = await this.sql<TicketRow>(
      `update bpjstk.queue_ticket set status = 'CANCELLED', cancelled_at = now()
       where id = ? and nik = ? and status = 'BOOKED' returning ${TICKET}`,
      [id, nik],
    );
    return row ?? null;
  }

  /** Tickets of many people, upcoming and recent first (one statement, for a DataLoader). */
  byNiks(niks: readonly string[]): Promise<TicketRow[]> {
    return this.sql<TicketRow>(`select ${TICKET} from bpjstk.queue_ticket where nik in (?) order by slot_starts_at desc, id`, [[...niks]]);
  }
}
