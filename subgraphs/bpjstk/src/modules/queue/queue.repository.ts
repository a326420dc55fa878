// Queue slots and tickets. The slot row's `booked <= capacity` check and the conditional increment
// make overbooking impossible whatever the concurrency; the partial unique index allows one active
// ticket per person, service and day.
import { EntityRepository } from '@mikro-orm/postgresql';
import { sqlOf } from '#platform/db/sql';
import { QueueSlotRecord, type QueueTicketRecord } from './queue.entity';

const TICKET = `id, branch_id, service, slot_starts_at, to_char(service_date, 'YYYY-MM-DD') as service_date, nik, number, status`;

export class QueueRepository extends EntityRepository<QueueTicketRecord> {
  slots(branchId: string, service: string, from: Date, to: Date): Promise<QueueSlotRecord[]> {
    return this.em.find(QueueSlotRecord, { branchId, service, startsAt: { $gte: from, $lt: to } });
  }

  /**
   * Takes one place in the slot (creating the slot row first); false when it is full. Raw SQL: the
   * insert must not fail on an existing slot (`on conflict do nothing`), and the increment must compare
   * the row's own `booked` and `capacity` in the database, atomically.
   */
  async takePlace(branchId: string, service: string, startsAt: Date, capacity: number): Promise<boolean> {
    const sql = sqlOf(this.em);
    await sql(`insert into bpjstk.queue_slot (branch_id, service, starts_at, capacity) values (?, ?, ?, ?) on conflict do nothing`, [
      branchId,
      service,
      startsAt,
      capacity,
    ]);
    const rows = await sql(
      `update bpjstk.queue_slot set booked = booked + 1
       where branch_id = ? and service = ? and starts_at = ? and booked < capacity returning booked`,
      [branchId, service, startsAt],
    );
    return rows.length === 1;
  }

  /** Frees a place (raw SQL for the in-database decrement, as takePlace). */
  async releasePlace(branchId: string, service: string, startsAt: Date): Promise<void> {
    await sqlOf(this.em)(`update bpjstk.queue_slot set booked = booked - 1 where branch_id = ? and service = ? and starts_at = ? and booked > 0`, [
      branchId,
      service,
      startsAt,
    ]);
  }

  /** The next ticket number of the branch, day and service. Raw SQL: an atomic upsert-and-increment. */
  async nextNumber(branchId: string, date: string, service: string): Promise<number> {
    const [row] = await sqlOf(this.em)<{ last_number: number }>(
      `insert into bpjstk.queue_counter (branch_id, service_date, service, last_number) values (?, ?, ?, 1)
       on conflict (branch_id, service_date, service) do update set last_number = bpjstk.queue_counter.last_number + 1
       returning last_number`,
      [branchId, date, service],
    );
    return Number(row.last_number);
  }

  /**
   * Inserts the ticket unless the (NIK, idempotency key) pair exists; null when it did. Raw SQL for
   * `on conflict do nothing`: a retried booking must not abort the transaction with a unique violation.
   */
  async insertOnce(t: {
    id: string;
    branchId: string;
    service: string;
    slotStartsAt: Date;
    serviceDate: string;
    nik: string;
    accountId: string;
    number: string;
    idempotencyKey: string | null;
  }): Promise<QueueTicketRecord | null> {
    const [row] = await sqlOf(this.em)(
      `insert into bpjstk.queue_ticket (id, branch_id, service, slot_starts_at, service_date, nik, account_id, number, status, idempotency_key)
       values (?, ?, ?, ?, ?, ?, ?, ?, 'BOOKED', ?) on conflict (nik, idempotency_key) do nothing returning ${TICKET}`,
      [t.id, t.branchId, t.service, t.slotStartsAt, t.serviceDate, t.nik, t.accountId, t.number, t.idempotencyKey],
    );
    return row ? this.map(row) : null;
  }

  byIdempotencyKey(nik: string, idempotencyKey: string): Promise<QueueTicketRecord | null> {
    return this.findOne({ nik, idempotencyKey });
  }

  byId(id: string): Promise<QueueTicketRecord | null> {
    return this.findOne({ id });
  }

  /**
   * Cancels a booked ticket of `nik`; null when there is none to cancel. Raw SQL: the conditional update
   * and the answer in one statement (`returning`).
   */
  async cancel(id: string, nik: string): Promise<QueueTicketRecord | null> {
    const [row] = await sqlOf(this.em)(
      `update bpjstk.queue_ticket set status = 'CANCELLED', cancelled_at = now()
       where id = ? and nik = ? and status = 'BOOKED' returning ${TICKET}`,
      [id, nik],
    );
    return row ? this.map(row) : null;
  }

  /** Tickets of many people, upcoming and recent first (one statement, for a DataLoader). */
  byNiks(niks: readonly string[]): Promise<QueueTicketRecord[]> {
    return this.find({ nik: { $in: [...niks] } }, { orderBy: { slotStartsAt: 'desc', id: 'asc' } });
  }
}
