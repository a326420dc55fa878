// Filing, reading, reviewing and revising Taspen submissions. Every write is one transaction: the
// submission or decision, its history entry, the e-mail (outbox), the audit entry and the card.
// Built once per process; each call gets the request's scope (caller, EntityManager, DataLoaders).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, type Caller } from '#platform/auth/caller';
import type { KeyRing } from '#platform/auth/keys';
import type { AccessLog } from '#platform/audit/access-log';
import { actorOf } from '#domain/access-policy';
import { everyStatusCounted } from '#domain/dashboard';
import type { HubConfig } from '#platform/config';
import { TaspenSubmissionStatus as SubmissionStatusEnum } from '../common/enums';
import type { TaspenSubmissionStatusCount } from '../dashboard/dashboard.type';
import { signDocumentLink } from '#platform/documents/document-links';
import { publicBase } from '#platform/http/public-url';
import { documentOwnerOf, isDocumentId, type DocumentMeta, type DocumentStore } from '#platform/documents/document-store';
import { hubToday } from '#platform/clock';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from '#platform/errors';
import { decodeKeysetCursor, encodeKeysetCursor } from '#platform/federation/page-info';
import { enqueueMessage } from '#platform/messaging/outbox';
import { requireDate, requireEmail, requireText } from '#platform/validation/require';
import { requireNik, requireNip } from '#domain/require-identifiers';
import type { TaspenContext } from '../../context';
import { TASPEN_STAFF_ROLES } from '../access/access.rules';
import { issueKpt } from '../card/card.service';
import { TaspenParticipantRecord } from '../participant/participant.entity';
import { TaspenSubmissionRecord } from './submission.entity';
import type { TaspenRevisionInput, TaspenSubmissionInput } from './submission.inputs';
import { statusEmail } from './submission.messages';
import type { QueueCursor, TaspenSubmissionRepository } from './submission.repository';
import { MAX_DOCUMENTS, requireDocumentKinds, requireOwnPdfs, requireOwnPhotos } from './submission.rules';
import { nextStatus, type ReviewDecision, type SubmissionEvent, type TaspenSubmissionStatus } from './submission.state';
import type { TaspenSubmission, TaspenSubmissionConnection } from './submission.type';
import { newTrackingCode } from './tracking-code';

export { MAX_DOCUMENTS };
export const MAX_PAGE = 100;

/** What a submission call needs of its request. */
export type SubmissionScope = Pick<TaspenContext, 'caller' | 'em' | 'loaders' | 'accessPurpose'>;

export interface SubmissionServiceDeps {
  /** The hub's day (KPT issue dates), and where a signed document link points and the key that signs it. */
  config: Pick<HubConfig, 'HUB_TIME_ZONE_OFFSET_HOURS' | 'internalServiceSecret' | 'HUB_PUBLIC_URL' | 'PORT'>;
  /** Signs the KPT issued when a KPT submission is approved. */
  keys: Pick<KeyRing, 'card'>;
  /** Where the cited uploads' owners and types are looked up (identity owns the documents). */
  documents: Pick<DocumentStore, 'metadata'>;
  /** Where officers' reads and decisions are logged (identity owns the access log). */
  accessLog: AccessLog;
}

export function toSubmissionView(row: TaspenSubmissionRecord): TaspenSubmission {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    trackingCode: row.trackingCode,
    submittedAt: row.submittedAt,
    nip: row.nip,
    nik: row.nik,
    applicantRelation: row.applicantRelation,
    applicantFullName: row.applicantFullName,
    applicantBirthDate: row.applicantBirthDate,
  };
}

const isTaspenStaff = (caller: Caller) => hasRole(caller, ...TASPEN_STAFF_ROLES);

const submissionsOf = (em: EntityManager): TaspenSubmissionRepository => em.getRepository(TaspenSubmissionRecord);

async function documentMetas(documents: Pick<DocumentStore, 'metadata'>, ids: string[]): Promise<Map<string, DocumentMeta>> {
  const metas = await documents.metadata(ids);
  return new Map(metas.map((meta) => [meta.id, meta]));
}

export function encodeCursor(row: Pick<TaspenSubmissionRecord, 'submittedAt' | 'id'>): string {
  return encodeKeysetCursor({ at: row.submittedAt, id: row.id });
}

export function decodeCursor(cursor: string): QueueCursor {
  const { at, id } = decodeKeysetCursor(cursor, isDocumentId);
  return { submittedAt: at, id };
}

export class SubmissionService {
  constructor(private readonly deps: SubmissionServiceDeps) {}

  /** All submissions counted by status, every status listed (0 when none): the officers' dashboard. */
  async countsByStatus(scope: Pick<SubmissionScope, 'em'>): Promise<TaspenSubmissionStatusCount[]> {
    const counts = await submissionsOf(scope.em).countsByStatus();
    return everyStatusCounted(SubmissionStatusEnum, counts);
  }

  /** A signed link to a cited document, valid 10 minutes (only reached through a submission the caller may read). */
  downloadUrl(documentId: string): string {
    const { config } = this.deps;
    return `${publicBase(config)}${signDocumentLink(config.internalServiceSecret, documentId)}`;
  }

  async submit(scope: SubmissionScope, input: TaspenSubmissionInput): Promise<TaspenSubmission> {
    const caller = scope.caller;
    if (caller.kind !== 'participant') throw caller.kind === 'anonymous' ? new UnauthenticatedError() : new ForbiddenError();
    const owner = documentOwnerOf(caller)!;

    const nip = requireNip('nip', input.nip);
    const participant = await scope.loaders.participantByNip.load(nip.nip);
    if (!participant || participant.nik !== caller.nik) throw new BadInputError('nip', 'This NIP is not your Taspen participation.');

    const applicant = input.applicant;
    const birthDate = requireDate('applicant.birthDate', applicant.birthDate);
    const applicantNik = requireNik('applicant.nik', applicant.nik, { birthDate }).nik;
    const fullName = requireText('applicant.fullName', applicant.fullName, 200);
    if (applicant.relation === 'SELF' && applicantNik !== participant.nik) {
      throw new BadInputError('applicant.nik', 'Applying for yourself: the applicant NIK must be your own.');
    }
    const email = requireEmail('email', input.email);
    const idempotencyKey = input.idempotencyKey == null ? null : requireText('idempotencyKey', input.idempotencyKey, 100);

    requireDocumentKinds(input.type, nip, input.documents);
    const ids = [...input.documents.map((d) => d.documentId), input.ktpPhotoDocumentId, input.selfieWithKtpDocumentId];
    for (const id of ids.slice(0, -2)) if (!isDocumentId(id)) throw new BadInputError('documents', `Document ${id} is not one of your uploads.`);

    const submissions = submissionsOf(scope.em);
    if (idempotencyKey) {
      const earlier = await submissions.findByIdempotencyKey(caller.accountId, idempotencyKey);
      if (earlier) return toSubmissionView(earlier);
    }

    const now = new Date();
    const created = await scope.em.transactional(async (em) => {
      const metas = await documentMetas(this.deps.documents, ids);
      requireOwnPdfs(owner, input.documents, metas);
      requireOwnPhotos(owner, input, metas);
      const repository = submissionsOf(em);
      // Not persisted through the unit of work: insertIfNew writes it (or finds the key taken).
      const row = em.create(
        TaspenSubmissionRecord,
        {
          id: randomUUID(),
          trackingCode: newTrackingCode(),
          type: input.type,
          status: 'SUBMITTED',
          nip: participant.nip,
          nik: participant.nik,
          accountId: caller.accountId,
          idempotencyKey,
          applicantRelation: applicant.relation,
          applicantFullName: fullName,
          applicantNik,
          applicantBirthDate: birthDate,
          ktpPhotoDocumentId: input.ktpPhotoDocumentId,
          selfieWithKtpDocumentId: input.selfieWithKtpDocumentId,
          email,
          submittedAt: now,
          updatedAt: now,
        },
        { persist: false },
      );
      if (!(await repository.insertIfNew(row))) return null;
      repository.addDocuments(row.id, input.documents);
      repository.addEvent({ submissionId: row.id, status: 'SUBMITTED', at: now, actorKind: 'PARTICIPANT', actorId: caller.accountId, note: null });
      await em.flush();
      await enqueueMessage(em, {
        channel: 'EMAIL',
        to: email,
        kind: 'TASPEN_SUBMISSION_STATUS',
        ...statusEmail({ type: row.type, status: 'SUBMITTED', trackingCode: row.trackingCode }),
      });
      return row;
    });
    if (created) return toSubmissionView(created);
    // Another request with the same key won the race: answer with its submission.
    const earlier = await submissions.findByIdempotencyKey(caller.accountId, idempotencyKey!);
    return toSubmissionView(earlier!);
  }

  /** The owner (or their kiosk session) and Taspen staff read a submission; anyone else gets NOT_FOUND. */
  async read(scope: SubmissionScope, id: string): Promise<TaspenSubmission> {
    const row = isDocumentId(id) ? await scope.loaders.submissionById.load(id) : null;
    const caller = scope.caller;
    const own = (caller.kind === 'participant' || caller.kind === 'kiosk') && row?.nik === caller.nik;
    if (!row || !(own || isTaspenStaff(caller))) {
      if (caller.kind === 'staff' && !isTaspenStaff(caller)) throw new ForbiddenError();
      throw new NotFoundError('The submission');
    }
    if (!own) {
      await this.deps.accessLog.append([
        {
          ...actorOf(caller),
          subjectNik: row.nik,
          action: 'READ_TASPEN_SUBMISSION',
          purpose: scope.accessPurpose,
          fields: ['submission'],
          details: { submissionId: row.id },
        },
      ]);
    }
    return toSubmissionView(row);
  }

  /** The officers' review queue, oldest first. */
  async queue(scope: SubmissionScope, status: TaspenSubmissionStatus | null, first: number | null, after: string | null): Promise<TaspenSubmissionConnection> {
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) throw new BadInputError('first', `first must be from 1 to ${MAX_PAGE}.`);
    const page = await submissionsOf(scope.em).queue(status, size, after ? decodeCursor(after) : null);
    const last = page.rows[page.rows.length - 1];
    return {
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(last) : null },
      nodes: page.rows.map(toSubmissionView),
    };
  }

  /** A Taspen officer's step on a submission: checked against the state machine, recorded everywhere. */
  async decide(
    scope: SubmissionScope,
    id: string,
    event: ReviewDecision | Extract<SubmissionEvent, 'START_REVIEW'>,
    rawNote: string | null | undefined,
  ): Promise<{ id: string; status: TaspenSubmissionStatus }> {
    const caller = scope.caller;
    if (caller.kind !== 'staff' || !isTaspenStaff(caller)) throw new ForbiddenError();
    const note = rawNote == null || rawNote.trim() === '' ? null : requireText('note', rawNote, 1000);
    if (event === 'REQUEST_REVISION' && !note) throw new BadInputError('note', 'Say what needs to be revised.');
    if (!isDocumentId(id)) throw new NotFoundError('The submission');
    return scope.em.transactional(async (em) => {
      const repository = submissionsOf(em);
      const row = await repository.lockForUpdate(id);
      if (!row) throw new NotFoundError('The submission');
      const to = nextStatus(row.status, event);
      if (!to) throw new ConflictError(`A submission that is ${row.status} cannot take the step ${event}.`);
      const from = row.status;
      const now = new Date();
      row.status = to;
      row.updatedAt = now;
      repository.addEvent({ submissionId: row.id, status: to, at: now, actorKind: 'STAFF', actorId: caller.accountId, note });
      let cardNumber: string | null = null;
      if (to === 'APPROVED' && row.type === 'KPT') {
        const participant = await em.findOneOrFail(TaspenParticipantRecord, { nip: row.nip });
        cardNumber = (await issueKpt(em, this.deps.keys, participant, hubToday(this.deps.config, now))).number;
      }
      await em.flush();
      await enqueueMessage(em, {
        channel: 'EMAIL',
        to: row.email,
        kind: 'TASPEN_SUBMISSION_STATUS',
        ...statusEmail({ type: row.type, status: to, trackingCode: row.trackingCode, note }),
      });
      // Last, before the commit: the decision commits only once identity has its entry (when it cannot be
      // written the decision rolls back; when the commit fails after it, the log holds an attempted decision).
      await this.deps.accessLog.append([
        {
          ...actorOf(caller),
          subjectNik: row.nik,
          action: `TASPEN_SUBMISSION_${event}`,
          purpose: scope.accessPurpose,
          fields: ['status'],
          details: { submissionId: row.id, from, to, note, ...(cardNumber ? { cardNumber } : {}) },
        },
      ]);
      return { id: row.id, status: to };
    });
  }

  /**
   * The submitter answers an officer's REQUEST_REVISION: only the submitter, only while NEEDS_REVISION
   * (CONFLICT otherwise); the documents are checked as on submission. The submission goes back to
   * SUBMITTED, and so into the officers' queue, with the revision in its history and an e-mail.
   */
  async revise(scope: SubmissionScope, id: string, input: TaspenRevisionInput): Promise<TaspenSubmission> {
    const caller = scope.caller;
    if (caller.kind !== 'participant' || !isDocumentId(id)) throw new NotFoundError('The submission');
    const owner = documentOwnerOf(caller)!;
    const note = input.note?.trim() ? requireText('note', input.note, 1000) : null;
    if (input.documents.length > MAX_DOCUMENTS) throw new BadInputError('documents', `At most ${MAX_DOCUMENTS} documents.`);
    for (const document of input.documents) {
      if (!isDocumentId(document.documentId)) throw new BadInputError('documents', `Document ${document.documentId.slice(0, 40)} is not one of your uploads.`);
    }

    const revised = await scope.em.transactional(async (em) => {
      const repository = submissionsOf(em);
      const row = await repository.lockForUpdate(id);
      // Someone else's submission is not found: its existence is not the caller's business.
      if (!row || row.accountId !== caller.accountId || row.nik !== caller.nik) throw new NotFoundError('The submission');
      const to = nextStatus(row.status, 'RESUBMIT');
      if (!to) throw new ConflictError(`Only a submission that needs revision can be revised; this one is ${row.status}.`);
      requireDocumentKinds(row.type, requireNip('nip', row.nip), input.documents);
      requireOwnPdfs(
        owner,
        input.documents,
        await documentMetas(
          this.deps.documents,
          input.documents.map((d) => d.documentId),
        ),
      );

      const now = new Date();
      row.status = to;
      row.updatedAt = now;
      await repository.replaceDocuments(row.id, input.documents);
      repository.addEvent({ submissionId: row.id, status: to, at: now, actorKind: 'PARTICIPANT', actorId: caller.accountId, note });
      await em.flush();
      await enqueueMessage(em, {
        channel: 'EMAIL',
        to: row.email,
        kind: 'TASPEN_SUBMISSION_STATUS',
        ...statusEmail({ type: row.type, status: to, trackingCode: row.trackingCode }),
      });
      return row;
    });
    return toSubmissionView(revised);
  }
}
