// A branch office's queue: its slots (table queue_slot, one row per branch, service and start, created at
// the first booking) and the tickets booked in them (queue_ticket). The ticket's branch and slot are kept
// as their key columns: the slot's key overlaps the ticket's own columns (branch_id, service), which a
// MikroORM relation cannot share.
import { Entity, EntityRepositoryType, PrimaryKey, Property } from '@mikro-orm/core';
import { QueueRepository } from './queue.repository';

@Entity({ tableName: 'queue_slot' })
export class QueueSlotRecord {
  @PrimaryKey({ type: 'string', length: 40 }) branchId!: string;
  @PrimaryKey({ type: 'string', length: 20 }) service!: string;
  @PrimaryKey({ type: 'datetime' }) startsAt!: Date;
  @Property({ type: 'integer' }) capacity!: number;

  /** Never above capacity (a check constraint; bookings increment it conditionally). */
  @Property({ type: 'integer', default: 0 }) booked: number = 0;
}

@Entity({ tableName: 'queue_ticket', repository: () => QueueRepository })
export class QueueTicketRecord {
  [EntityRepositoryType]?: QueueRepository;

  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', length: 40 }) branchId!: string;
  @Property({ type: 'string', length: 20 }) service!: string;
  @Property({ type: 'datetime' }) slotStartsAt!: Date;

  /** The slot's day in the hub's time zone. */
  @Property({ type: 'date' }) serviceDate!: string;
  @Property({ type: 'string', length: 16 }) nik!: string;

  /** The booker's hub account. */
  @Property({ type: 'string', length: 120, lazy: true }) accountId!: string;

  /** e.g. `JHT-014`. */
  @Property({ type: 'string', length: 12 }) number!: string;
  @Property({ type: 'string', length: 10 }) status!: string;
  @Property({ type: 'string', length: 100, nullable: true, lazy: true }) idempotencyKey?: string | null;
  @Property({ type: 'datetime', defaultRaw: 'now()', lazy: true }) createdAt?: Date;
  @Property({ type: 'datetime', nullable: true, lazy: true }) cancelledAt?: Date | null;
}
