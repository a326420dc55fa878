// Delivery counts of the outbox, by status and kind (for the hub dashboard).
import { outboxTable } from './outbox';

export interface OutboxCount {
  status: 'PENDING' | 'SENT' | 'FAILED';
  kind: string;
  channel: string;
  count: number;
}

export interface Queryable {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/** Counts of the outbox of `schema` (a service's own), over a pg Pool (the CLI) or a request's EntityManager (entityManagerQueryable). */
export async function countOutbox(db: Queryable, schema: string, since?: Date): Promise<OutboxCount[]> {
  const { rows } = await db.query<{ status: OutboxCount['status']; kind: string; channel: string; count: string }>(
    `select status, kind, channel, count(*) as count from ${outboxTable(schema)}
      where ($1::timestamptz is null or created_at >= $1) group by status, kind, channel order by status, kind, channel`,
    [since ?? null],
  );
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/** Sum of counts matching a status (and optionally a kind prefix such as `OTP`). */
export function total(counts: OutboxCount[], status: OutboxCount['status'], kindPrefix = ''): number {
  return counts.filter((c) => c.status === status && c.kind.startsWith(kindPrefix)).reduce((sum, c) => sum + c.count, 0);
}
