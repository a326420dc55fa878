// JHT claims and their history.
import { EntityRepository, LockMode } from '@mikro-orm/postgresql';
import { sqlOf } from '#platform/db/sql';
import type { ClaimDocument } from './claim.entity';
import { JhtClaimEventRecord, type JhtClaimRecord } from './claim.entity';
import type { JhtClaimStatus } from './claim.state';
import type { JhtClaimChannel, JhtClaimReason } from './claim.eligibility';

export interface NewClaim {
  id: string;
  kpj: string;
  nik: string;
  accountId: string;
  reason: JhtClaimReason;
  channel: JhtClaimChannel;
  trackingCode: string;
  bankCode: string;
  accountNumber: string;
  accountName: string;
  npwp: string | null;
  documents: ClaimDocument[];
  balance: number;
  /** Partial claims only. */
  amount: number | null;
  idempotencyKey: string | null;
}

export interface RevisedClaim {
  status: JhtClaimStatus;
  documents: ClaimDocument[];
  npwp: string | null;
  bank: { bankCode: string; accountNumber: string; accountName: string } | null;
}

const BANK_ACCOUNT = ['bankCode', 'accountNumber', 'accountName'] as const;

export class ClaimRepository extends EntityRepository<JhtClaimRecord> {
  /**
   * Inserts the claim unless the (NIK, idempotency key) pair exists; null when it did. Raw SQL for
   * `on conflict do nothing`: a retried submission must not abort the transaction with a unique violation.
   */
  async insertOnce(claim: NewClaim): Promise<JhtClaimRecord | null> {
    const [row] = await sqlOf(this.em)(
      `insert into bpjstk.jht_claim (id, kpj, nik, account_id, reason, channel, status, tracking_code, bank_code,
         account_number, account_name, npwp, documents, balance, amount, idempotency_key)
       values (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
       on conflict (nik, idempotency_key) do nothing
       returning *`,
      [
        claim.id,
        claim.kpj,
        claim.nik,
        claim.accountId,
        claim.reason,
        claim.channel,
        claim.trackingCode,
        claim.bankCode,
        claim.accountNumber,
        claim.accountName,
        claim.npwp,
        JSON.stringify(claim.documents),
        claim.balance,
        claim.amount,
        claim.idempotencyKey,
      ],
    );
    return row ? this.map(row) : null;
  }

  findByIdempotencyKey(nik: string, idempotencyKey: string): Promise<JhtClaimRecord | null> {
    return this.findOne({ nik, idempotencyKey });
  }

  findByTrackingCode(trackingCode: string): Promise<JhtClaimRecord | null> {
    return this.findOne({ trackingCode });
  }

  /** The claim, locked until the transaction ends (the caller's EntityManager must be in one). */
  lockById(id: string): Promise<JhtClaimRecord | null> {
    return this.findOne({ id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  /** Who moved the claim to APPROVED most recently (null when it never was). */
  async approvedBy(claimId: string): Promise<string | null> {
    const event = await this.em.findOne(JhtClaimEventRecord, { claim: claimId, status: 'APPROVED' }, { orderBy: { id: 'desc' } });
    return event?.actor ?? null;
  }

  /** Many claims with their bank accounts (officers' view), one statement. */
  withBankAccounts(claimIds: readonly string[]): Promise<JhtClaimRecord[]> {
    return this.find({ id: { $in: [...claimIds] } }, { populate: [...BANK_ACCOUNT] });
  }

  /** Adds a step to the claim's history (written at the next flush). */
  addEvent(claim: JhtClaimRecord, status: JhtClaimStatus, actor: string | null, note: string | null): void {
    this.em.persist(this.em.create(JhtClaimEventRecord, { claim, status, actor, note }, { partial: true }));
  }

  /** Every claim of many people, newest first (one statement, for a DataLoader). */
  byNiks(niks: readonly string[]): Promise<JhtClaimRecord[]> {
    return this.find({ nik: { $in: [...niks] } }, { orderBy: { submittedAt: 'desc', id: 'desc' } });
  }

  /** History of many claims, oldest first (one statement, for a DataLoader). */
  events(claimIds: readonly string[]): Promise<JhtClaimEventRecord[]> {
    return this.em.find(JhtClaimEventRecord, { claim: { $in: [...claimIds] } }, { orderBy: { id: 'asc' } });
  }

  /** The participant's revision: new documents, and the bank account and NPWP when given (written at the next flush). */
  revise(claim: JhtClaimRecord, revision: RevisedClaim): void {
    this.assign(claim, { status: revision.status, documents: revision.documents, npwp: revision.npwp, ...(revision.bank ?? {}) });
  }

  /** How many claims are in each status (the officers' dashboard). */
  async countsByStatus(): Promise<Map<string, number>> {
    // An aggregate, no entities: plain SQL.
    const rows = await sqlOf(this.em)<{ status: string; count: string }>('select status, count(*) as count from bpjstk.jht_claim group by status');
    return new Map(rows.map((row) => [row.status, Number(row.count)]));
  }

  /**
   * The review queue, oldest first, keyset-paginated after the claim named by the cursor. Raw SQL for the
   * keyset: the cursor claim's exact (microsecond) submission time stays in the database, a JS Date would
   * round it to the millisecond.
   */
  async page(status: JhtClaimStatus | null, first: number, afterId: string | null) {
    const filters: string[] = [];
    const params: unknown[] = [];
    if (status) {
      filters.push('status = ?');
      params.push(status);
    }
    if (afterId) {
      filters.push('(submitted_at, id) > (select c.submitted_at, c.id from bpjstk.jht_claim c where c.id = ?)');
      params.push(afterId);
    }
    const where = filters.length ? `where ${filters.join(' and ')}` : '';
    const [rows, totalCount] = await Promise.all([
      sqlOf(this.em)(
        `select id, kpj, nik, account_id, reason, channel, status, tracking_code, npwp, documents, balance, amount,
           idempotency_key, submitted_at, updated_at
         from bpjstk.jht_claim ${where} order by submitted_at, id limit ?`,
        [...params, first + 1],
      ),
      this.count(status ? { status } : {}),
    ]);
    return { rows: rows.slice(0, first).map((row) => this.map(row)), hasNextPage: rows.length > first, totalCount };
  }
}
