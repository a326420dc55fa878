import type { EntityManager } from '@mikro-orm/postgresql';
import type { TaspenSubmissionStatus } from './submission.states';
import { TaspenSubmissionDocumentRecord, TaspenSubmissionEventRecord, TaspenSubmissionRecord } from './submission.entity';

export interface QueueCursor {
  submittedAt: Date;
  id: string;
}

export class TaspenSubmissionRepository {
  constructor(private readonly em: EntityManager) {}

  findByIds(ids: readonly string[]): Promise<TaspenSubmissionRecord[]> {
    return this.em.find(TaspenSubmissionRecord, { id: { $in: [...ids] } });
  }

  /** Every submission of these people, newest first (a person has a handful). */
  findByNiks(niks: readonly string[]): Promise<TaspenSubmissionRecord[]> {
    return this.em.find(TaspenSubmissionRecord, { nik: { $in: [...niks] } }, { orderBy: { submittedAt: 'desc', id: 'desc' } });
  }

  documentsOf(submissionIds: readonly string[]): Promise<TaspenSubmissionDocumentRecord[]> {
    return this.em.find(TaspenSubmissionDocumentRecord, { submissionId: { $in: [...submissionIds] } }, { orderBy: { position: 'asc' } });
  }

  historyOf(submissionIds: readonly string[]): Promise<TaspenSubmissionEventRecord[]> {
    return this.em.find(TaspenSubmissionEventRecord, { submissionId: { $in: [...submissionIds] } }, { orderBy: { id: 'asc' } });
  }

  findByIdempotencyKey(accountId: string, key: string): Promise<TaspenSubmissionRecord | null> {
    return this.em.findOne(TaspenSubmissionRecord, { accountId, idempotencyKey: key });
  }

  /** Locks the row for a status change inside the caller's transaction. */
  lockForUpdate(id: string): Promise<TaspenSubmissionRecord | null> {
    return this.em.findOne(TaspenSubmissionRecord, { id }, { lockMode: 4 /* PESSIMISTIC_WRITE */ });
  }

  /**
   * Inserts the submission unless the account already used the idempotency key; true when inserted.
   * The unique constraint decides, so two concurrent submissions with one key still make one row.
   */
  async insertIfNew(row: TaspenSubmissionRecord): Promise<boolean> {
    const inserted = await this.em.getConnection().execute<Array<{ id: string }>>(
      `insert into "taspen"."submission" ("id", "tracking_code", "type", "status", "nip", "nik", "account_id", "idempotency_key",
         "applicant_relation", "applicant_full_name", "applicant_nik", "applicant_birth_date", "ktp_photo_document_id",
         "selfie_with_ktp_document_id", "email", "submitted_at", "updated_at")
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict ("account_id", "idempotency_key") do nothing returning "id"`,
      [
        row.id, row.trackingCode, row.type, row.status, row.nip, row.nik, row.accountId, row.idempotencyKey ?? null,
        row.applicantRelation, row.applicantFullName, row.applicantNik, row.applicantBirthDate, row.ktpPhotoDocumentId,
        row.selfieWithKtpDocumentId, row.email, row.submittedAt, row.updatedAt,
      ],
      'all',
      this.em.getTransactionContext(),
    );
    return inserted.length > 0;
  }

  /** The review queue: oldest first, keyset pagination on (submitted_at, id). */
  async queue(status: TaspenSubmissionStatus | null, first: number, after: QueueCursor | null) {
    const filter = status ? { status } : {};
    const where = after
      ? { ...filter, $or: [{ submittedAt: { $gt: after.submittedAt } }, { submittedAt: after.submittedAt, id: { $gt: after.id } }] }
      : filter;
    const [rows, totalCount] = await Promise.all([
      this.em.find(TaspenSubmissionRecord, where, { orderBy: { submittedAt: 'asc', id: 'asc' }, limit: first + 1 }),
      this.em.count(TaspenSubmissionRecord, filter),
    ]);
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first, totalCount };
  }
}
