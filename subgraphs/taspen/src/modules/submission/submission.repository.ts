import { EntityRepository, LockMode } from '@mikro-orm/postgresql';
import { sqlOf } from '#platform/db/sql';
import type { TaspenDocumentKind } from '../requirements/requirements.rules';
import type { TaspenSubmissionStatus } from './submission.state';
import { TaspenSubmissionDocumentRecord, TaspenSubmissionEventRecord, type TaspenSubmissionRecord } from './submission.entity';

export interface QueueCursor {
  submittedAt: Date;
  id: string;
}

export class TaspenSubmissionRepository extends EntityRepository<TaspenSubmissionRecord> {
  /** How many submissions are in each status (the officers' dashboard). An aggregate, no entities: plain SQL. */
  async countsByStatus(): Promise<Map<string, number>> {
    const rows = await sqlOf(this.em)<{ status: string; count: string }>('select status, count(*) as count from taspen.submission group by status');
    return new Map(rows.map((row) => [row.status, Number(row.count)]));
  }

  findByIds(ids: readonly string[]): Promise<TaspenSubmissionRecord[]> {
    return this.find({ id: { $in: [...ids] } });
  }

  /** Every submission of these people, newest first (a person has a handful). */
  findByNiks(niks: readonly string[]): Promise<TaspenSubmissionRecord[]> {
    return this.find({ nik: { $in: [...niks] } }, { orderBy: { submittedAt: 'desc', id: 'desc' } });
  }

  /** The submission's documents and history step, written at the next flush. */
  addDocuments(submissionId: string, documents: readonly { kind: TaspenDocumentKind; documentId: string }[]): void {
    documents.forEach((document, position) =>
      this.em.persist(this.em.create(TaspenSubmissionDocumentRecord, { submissionId, position, kind: document.kind, documentId: document.documentId })),
    );
  }

  addEvent(event: Omit<TaspenSubmissionEventRecord, 'id'>): void {
    this.em.persist(this.em.create(TaspenSubmissionEventRecord, event));
  }

  /** A revision replaces the documents (deleted now, the new ones written at the next flush). */
  async replaceDocuments(submissionId: string, documents: readonly { kind: TaspenDocumentKind; documentId: string }[]): Promise<void> {
    await this.em.nativeDelete(TaspenSubmissionDocumentRecord, { submissionId });
    this.addDocuments(submissionId, documents);
  }

  documentsOf(submissionIds: readonly string[]): Promise<TaspenSubmissionDocumentRecord[]> {
    return this.em.find(TaspenSubmissionDocumentRecord, { submissionId: { $in: [...submissionIds] } }, { orderBy: { position: 'asc' } });
  }

  historyOf(submissionIds: readonly string[]): Promise<TaspenSubmissionEventRecord[]> {
    return this.em.find(TaspenSubmissionEventRecord, { submissionId: { $in: [...submissionIds] } }, { orderBy: { id: 'asc' } });
  }

  findByIdempotencyKey(accountId: string, key: string): Promise<TaspenSubmissionRecord | null> {
    return this.findOne({ accountId, idempotencyKey: key });
  }

  /** Locks the row for a status change inside the caller's transaction. */
  lockForUpdate(id: string): Promise<TaspenSubmissionRecord | null> {
    return this.findOne({ id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  /**
   * Inserts the submission unless the account already used the idempotency key; true when inserted.
   * The unique constraint decides, so two concurrent submissions with one key still make one row. Raw SQL
   * for `on conflict do nothing`: an ORM insert would abort the transaction on the unique violation.
   */
  async insertIfNew(row: TaspenSubmissionRecord): Promise<boolean> {
    const inserted = await this.em.getConnection().execute<Array<{ id: string }>>(
      `insert into "taspen"."submission" ("id", "tracking_code", "type", "status", "nip", "nik", "account_id", "idempotency_key",
         "applicant_relation", "applicant_full_name", "applicant_nik", "applicant_birth_date", "ktp_photo_document_id",
         "selfie_with_ktp_document_id", "email", "submitted_at", "updated_at")
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict ("account_id", "idempotency_key") do nothing returning "id"`,
      [
        row.id,
        row.trackingCode,
        row.type,
        row.status,
        row.nip,
        row.nik,
        row.accountId,
        row.idempotencyKey ?? null,
        row.applicantRelation,
        row.applicantFullName,
        row.applicantNik,
        row.applicantBirthDate,
        row.ktpPhotoDocumentId,
        row.selfieWithKtpDocumentId,
        row.email,
        row.submittedAt,
        row.updatedAt,
      ],
      'all',
      this.em.getTransactionContext(),
    );
    return inserted.length > 0;
  }

  /** The review queue: oldest first, keyset pagination on (submitted_at, id). */
  async queue(status: TaspenSubmissionStatus | null, first: number, after: QueueCursor | null) {
    const filter = status ? { status } : {};
    const where = after ? { ...filter, $or: [{ submittedAt: { $gt: after.submittedAt } }, { submittedAt: after.submittedAt, id: { $gt: after.id } }] } : filter;
    const [rows, totalCount] = await Promise.all([this.find(where, { orderBy: { submittedAt: 'asc', id: 'asc' }, limit: first + 1 }), this.count(filter)]);
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first, totalCount };
  }
}
