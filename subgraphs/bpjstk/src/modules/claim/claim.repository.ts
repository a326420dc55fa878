// JHT claims and their history.
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '#platform/db/sql';
import type { JhtClaimStatus } from './claim.state';
import type { JhtClaimChannel, JhtClaimReason } from './claim.eligibility';

export interface ClaimRow {
  id: string;
  kpj: string;
  nik: string;
  account_id: string;
  reason: JhtClaimReason;
  channel: JhtClaimChannel;
  status: JhtClaimStatus;
  tracking_code: string;
  submitted_at: Date;
  /** What a partial claim pays (bigint as text); null for a full claim (the balance). */
  amount: string | null;
}

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
  documents: Array<{ kind: string; documentId: string }>;
  balance: number;
  /** Partial claims only. */
  amount: number | null;
  idempotencyKey: string | null;
}

export interface ClaimEventRow {
  claim_id: string;
  status: JhtClaimStatus;
  at: Date;
  note: string | null;
  /** `account:<id>` (the participant) or `staff:<id>`. */
  actor: string | null;
}

export interface RevisedClaim {
  status: JhtClaimStatus;
  documents: Array<{ kind: string; documentId: string }>;
  npwp: string | null;
  bank: { bankCode: string; accountNumber: string; accountName: string } | null;
}

const COLUMNS = 'id, kpj, nik, account_id, reason, channel, status, tracking_code, submitted_at, amount';

export class ClaimRepository {
  private readonly sql;

  constructor(em: EntityManager) {
    this.sql = sqlOf(em);
  }

  /** Inserts the claim unless the (NIK, idempotency key) pair exists; null when it did. */
  async insert(claim: NewClaim): Promise<ClaimRow | null> {
    const [row] = await this.sql<ClaimRow>(
      `insert into bpjstk.jht_claim (id, kpj, nik, account_id, reason, channel, status, tracking_code, bank_code,
         account_number, account_name, npwp, documents, balance, amount, idempotency_key)
       values (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
       on conflict (nik, idempotency_key) do nothing
       returning ${COLUMNS}`,
      [
        claim.id, claim.kpj, claim.nik, claim.accountId, claim.reason, claim.channel, claim.trackingCode, claim.bankCode,
        claim.accountNumber, claim.accountName, claim.npwp, JSON.stringify(claim.documents), claim.balance, claim.amount,
        claim.idempotencyKey,
      ],
    );
    return row ?? null;
  }

  async findByIdempotencyKey(nik: string, key: string): Promise<ClaimRow | null> {
    const [row] = await this.sql<ClaimRow>(`select ${COLUMNS} from bpjstk.jht_claim where nik = ? and idempotency_key = ?`, [nik, key]);
    return row ?? null;
  }

  async findOpenByNik(nik: string): Promise<ClaimRow | null> {
    const [row] = await this.sql<ClaimRow>(
      `select ${COLUMNS} from bpjstk.jht_claim where nik = ? and status in ('SUBMITTED', 'VERIFIED', 'APPROVED', 'NEEDS_REVISION')`,
      [nik],
    );
    return row ?? null;
  }

  async findByTrackingCode(code: string): Promise<ClaimRow | null> {
    const [row] = await this.sql<ClaimRow>(`select ${COLUMNS} from bpjstk.jht_claim where tracking_code = ?`, [code]);
    return row ?? null;
  }

  async lockById(id: string): Promise<ClaimRow | null> {
    const [row] = await this.sql<ClaimRow>(`select ${COLUMNS} from bpjstk.jht_claim where id = ? for update`, [id]);
    return row ?? null;
  }

  async setStatus(id: string, status: JhtClaimStatus): Promise<ClaimRow> {
    const [row] = await this.sql<ClaimRow>(
      `update bpjstk.jht_claim set status = ?, updated_at = now() where id = ? returning ${COLUMNS}`,
      [status, id],
    );
    return row;
  }

  /** Who moved the claim to APPROVED most recently (null when it never was). */
  async approvedBy(claimId: string): Promise<string | null> {
    const [row] = await this.sql<{ actor: string | null }>(
      `select actor from bpjstk.jht_claim_event where claim_id = ? and status = 'APPROVED' order by id desc limit 1`, [claimId],
    );
    return row?.actor ?? null;
  }

  /** The bank accounts of many claims (officers' view), one statement. */
  bankAccounts(claimIds: readonly string[]): Promise<Array<{ id: string; bank_code: string; account_number: string; account_name: string }>> {
    return this.sql(`select id, bank_code, account_number, account_name from bpjstk.jht_claim where id in (?)`, [[...claimIds]]);
  }

  async addEvent(claimId: string, status: JhtClaimStatus, actor: string | null, note: string | null): Promise<void> {
    await this.sql(`insert into bpjstk.jht_claim_event (claim_id, status, actor, note) values (?, ?, ?, ?)`, [claimId, status, actor, note]);
  }

  /** Every claim of many people, newest first (one statement, for a DataLoader). */
  byNiks(niks: readonly string[]): Promise<ClaimRow[]> {
    return this.sql<ClaimRow>(
      `select ${COLUMNS} from bpjstk.jht_claim where nik in (?) order by submitted_at desc, id desc`,
      [[...niks]],
    );
  }

  /** History of many claims (one statement, for a DataLoader). */
  events(claimIds: readonly string[]): Promise<ClaimEventRow[]> {
    return this.sql(`select claim_id, status, at, note, actor from bpjstk.jht_claim_event where claim_id in (?) order by id`, [[...claimIds]]);
  }

  /** The claim and its NPWP, locked for a revision. */
  async lockForRevision(id: string): Promise<(ClaimRow & { npwp: string | null }) | null> {
    const [row] = await this.sql<ClaimRow & { npwp: string | null }>(`select ${COLUMNS}, npwp from bpjstk.jht_claim where id = ? for update`, [id]);
    return row ?? null;
  }

  /** The participant's revision: new documents, and the bank account and NPWP when given. */
  async revise(id: string, revision: RevisedClaim): Promise<ClaimRow> {
    const [row] = await this.sql<ClaimRow>(
      `update bpjstk.jht_claim set status = ?, documents = ?::jsonb, npwp = ?,
         bank_code = coalesce(?, bank_code), account_number = coalesce(?, account_number), account_name = coalesce(?, account_name),
         updated_at = now()
       where id = ? returning ${COLUMNS}`,
      [
        revision.status, JSON.stringify(revision.documents), revision.npwp,
        revision.bank?.bankCode ?? null, revision.bank?.accountNumber ?? null, revision.bank?.accountName ?? null, id,
      ],
    );
    return row;
  }

  /** The review queue, oldest first, keyset-paginated after the claim named by the cursor. */
  async page(status: JhtClaimStatus | null, first: number, afterId: string | null) {
    const filters: string[] = [];
    const params: unknown[] = [];
    if (status) {
      filters.push('status = ?');
      params.push(status);
    }
    const countWhere = filters.length ? `where ${filters.join(' and ')}` : '';
    const countParams = [...params];
    if (afterId) {
      // The cursor names a claim; its exact (microsecond) submission time comes from the table.
      filters.push('(submitted_at, id) > (select c.submitted_at, c.id from bpjstk.jht_claim c where c.id = ?)');
      params.push(afterId);
    }
    const where = filters.length ? `where ${filters.join(' and ')}` : '';
    const [rows, [count]] = await Promise.all([
      this.sql<ClaimRow>(`select ${COLUMNS} from bpjstk.jht_claim ${where} order by submitted_at, id limit ?`, [...params, first + 1]),
      this.sql<{ total: string }>(`select count(*) as total from bpjstk.jht_claim ${countWhere}`, countParams),
    ]);
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first, totalCount: Number(count.total) };
  }
}
