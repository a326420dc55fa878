// Filing, reading and reviewing Taspen submissions. Every write is one transaction: the
// submission or decision, its history entry, the e-mail (outbox), the audit entry and the card.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, type Caller } from '#platform/auth/caller';
import { appendAudit } from '#platform/audit/audit-log';
import { isDocumentId, ownDocuments, type DocumentMeta } from '#platform/documents/document-store';
import { PostgresDocumentStore } from '#platform/documents/postgres-document-store';
import { sqlOf } from '#platform/db/sql';
import { hubToday } from '#platform/clock';
import { decodeKeysetCursor, encodeKeysetCursor } from '#platform/federation/page-info';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from '#platform/errors';
import { enqueueMessage } from '#platform/messaging/outbox';
import { requireDate, requireEmail, requireText } from '#platform/validation/require';
import { requireNik, requireNip } from '#domain/require-identifiers';
import type { TaspenContext } from '../../context';
import { actorOf } from '../access/access-log';
import { TASPEN_STAFF_ROLES } from '../access/person-access';
import { issueKpt } from '../card/card.service';
import { TaspenParticipantRecord } from '../participant/participant.entity';
import { missingDocuments, submissionRequirements, unexpectedDocuments } from '../requirements/requirements.rules';
import { TaspenSubmissionDocumentRecord, TaspenSubmissionEventRecord, TaspenSubmissionRecord } from './submission.entity';
import type { TaspenSubmissionInput } from './submission.inputs';
import { statusEmail } from './submission.messages';
import { TaspenSubmissionRepository, type QueueCursor } from './submission.repository';
import { nextStatus, type ReviewDecision, type SubmissionEvent, type TaspenSubmissionStatus } from './submission.states';
import type { TaspenSubmission, TaspenSubmissionConnection } from './submission.type';
import { newTrackingCode } from './tracking-code';

export const MAX_DOCUMENTS = 20;
export const MAX_PAGE = 100;

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


/** Every cited document must exist and be the caller's own; photos must be images, documents PDFs. */
/** `own`: the cited documents that are the caller's uploads (ownDocuments). */
function checkDocuments(input: TaspenSubmissionInput, own: Map<string, DocumentMeta>): void {
  const mine = (id: string) => own.get(id) ?? null;
  input.documents.forEach((document) => {
    const meta = mine(document.documentId);
    if (!meta) throw new BadInputError('documents', `Document ${document.documentId} is not one of your uploads.`);
    if (meta.contentType !== 'application/pdf') throw new BadInputError('documents', `The ${document.kind} document must be a PDF.`);
  });
  for (const field of ['ktpPhotoDocumentId', 'selfieWithKtpDocumentId'] as const) {
    const meta = mine(input[field]);
    if (!meta) throw new BadInputError(field, 'This photo is not one of your uploads.');
    if (!meta.contentType.startsWith('image/')) throw new BadInputError(field, 'This photo must be a JPEG or PNG image.');
  }
}

export async function submitSubmission(ctx: TaspenContext, input: TaspenSubmissionInput): Promise<TaspenSubmission> {
  const caller = ctx.caller;
  if (caller.kind !== 'participant') throw caller.kind === 'anonymous' ? new UnauthenticatedError() : new ForbiddenError();

  const nip = requireNip('nip', input.nip);
  const participant = await ctx.loaders.participantByNip.load(nip.nip);
  if (!participant || participant.nik !== caller.nik) throw new BadInputError('nip', 'This NIP is not your Taspen participation.');

  const applicant = input.applicant;
  const birthDate = requireDate('birthDate', applicant.birthDate);
  const applicantNik = requireNik('nik', applicant.nik, { birthDate }).nik;
  const fullName = requireText('fullName', applicant.fullName, 200);
  if (applicant.relation === 'SELF' && applicantNik !== participant.nik) {
    throw new BadInputError('nik', 'Applying for yourself: the applicant NIK must be your own.');
  }
  const email = requireEmail('email', input.email);
  const idempotencyKey = input.idempotencyKey == null ? null : requireText('idempotencyKey', input.idempotencyKey, 100);

  if (input.documents.length > MAX_DOCUMENTS) throw new BadInputError('documents', `At most ${MAX_DOCUMENTS} documents.`);
  const requirements = submissionRequirements(input.type, nip);
  const kinds = input.documents.map((d) => d.kind);
  const unexpected = unexpectedDocuments(requirements, kinds);
  if (unexpected.length) throw new BadInputError('documents', `Not part of this submission: ${unexpected.join(', ')}.`);
  const missing = missingDocuments(requirements, kinds);
  if (missing.length) throw new BadInputError('documents', `Required documents are missing: ${missing.join(', ')}.`);
  const ids = [...input.documents.map((d) => d.documentId), input.ktpPhotoDocumentId, input.selfieWithKtpDocumentId];
  for (const id of ids.slice(0, -2)) if (!isDocumentId(id)) throw new BadInputError('documents', `Document ${id} is not one of your uploads.`);

  if (idempotencyKey) {
    const earlier = await new TaspenSubmissionRepository(ctx.em).findByIdempotencyKey(caller.accountId, idempotencyKey);
    if (earlier) return toSubmissionView(earlier);
  }

  const now = new Date();
  const row = Object.assign(new TaspenSubmissionRecord(), {
    id: randomUUID(),
    trackingCode: newTrackingCode(),
    type: input.type,
    status: 'SUBMITTED' as const,
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
  });

  const created = await ctx.em.fork().transactional(async (tx) => {
    const em = tx as EntityManager;
    checkDocuments(input, await ownDocuments(new PostgresDocumentStore(sqlOf(em)), caller, ids));
    const repository = new TaspenSubmissionRepository(em);
    if (!(await repository.insertIfNew(row))) return null;
    input.documents.forEach((document, position) =>
      em.persist(Object.assign(new TaspenSubmissionDocumentRecord(), { submissionId: row.id, position, kind: document.kind, documentId: document.documentId })),
    );
    em.persist(Object.assign(new TaspenSubmissionEventRecord(), {
      submissionId: row.id, status: 'SUBMITTED', at: now, actorKind: 'PARTICIPANT', actorId: caller.accountId, note: null,
    }));
    await em.flush();
    await enqueueMessage(em, { channel: 'EMAIL', to: email, kind: 'TASPEN_SUBMISSION_STATUS', ...statusEmail({ type: row.type, status: 'SUBMITTED', trackingCode: row.trackingCode }) });
    return row;
  });
  if (created) return toSubmissionView(created);
  // Another request with the same key won the race: answer with its submission.
  const earlier = await new TaspenSubmissionRepository(ctx.em.fork()).findByIdempotencyKey(caller.accountId, idempotencyKey!);
  return toSubmissionView(earlier!);
}

/** The owner (or their kiosk session) and Taspen staff read a submission; anyone else gets NOT_FOUND. */
export async function readSubmission(ctx: TaspenContext, id: string): Promise<TaspenSubmission> {
  const row = isDocumentId(id) ? await ctx.loaders.submissionById.load(id) : null;
  const caller = ctx.caller;
  const own = (caller.kind === 'participant' || caller.kind === 'kiosk') && row?.nik === caller.nik;
  if (!row || !(own || isTaspenStaff(caller))) {
    if (caller.kind === 'staff' && !isTaspenStaff(caller)) throw new ForbiddenError();
    throw new NotFoundError('The submission');
  }
  if (!own) {
    await ctx.em.fork().transactional((em) =>
      appendAudit(em as EntityManager, {
        ...actorOf(caller), subjectNik: row.nik, action: 'READ_TASPEN_SUBMISSION', purpose: ctx.accessPurpose,
        fields: ['submission'], details: { submissionId: row.id },
      }),
    );
  }
  return toSubmissionView(row);
}

export function encodeCursor(row: Pick<TaspenSubmissionRecord, 'submittedAt' | 'id'>): string {
  return encodeKeysetCursor({ at: row.submittedAt, id: row.id });
}

export function decodeCursor(cursor: string): QueueCursor {
  const { at, id } = decodeKeysetCursor(cursor, isDocumentId);
  return { submittedAt: at, id };
}

export async function reviewQueue(
  ctx: TaspenContext,
  status: TaspenSubmissionStatus | null,
  first: number | null,
  after: string | null,
): Promise<TaspenSubmissionConnection> {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) throw new BadInputError('first', `first must be from 1 to ${MAX_PAGE}.`);
  const page = await new TaspenSubmissionRepository(ctx.em).queue(status, size, after ? decodeCursor(after) : null);
  const last = page.rows[page.rows.length - 1];
  return {
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(last) : null },
    nodes: page.rows.map(toSubmissionView),
  };
}

/** A Taspen officer's step on a submission: checked against the state machine, recorded everywhere. */
export async function decideSubmission(
  ctx: TaspenContext,
  id: string,
  event: ReviewDecision | Extract<SubmissionEvent, 'START_REVIEW'>,
  rawNote: string | null | undefined,
): Promise<{ id: string; status: TaspenSubmissionStatus }> {
  const caller = ctx.caller;
  if (caller.kind !== 'staff' || !isTaspenStaff(caller)) throw new ForbiddenError();
  const note = rawNote == null || rawNote.trim() === '' ? null : requireText('note', rawNote, 1000);
  if (event === 'REQUEST_REVISION' && !note) throw new BadInputError('note', 'Say what needs to be revised.');
  if (!isDocumentId(id)) throw new NotFoundError('The submission');
  const config = ctx.platform.config;
  return ctx.em.fork().transactional(async (tx) => {
    const em = tx as EntityManager;
    const row = await new TaspenSubmissionRepository(em).lockForUpdate(id);
    if (!row) throw new NotFoundError('The submission');
    const to = nextStatus(row.status, event);
    if (!to) throw new ConflictError(`A submission that is ${row.status} cannot take the step ${event}.`);
    const from = row.status;
    const now = new Date();
    row.status = to;
    row.updatedAt = now;
    em.persist(Object.assign(new TaspenSubmissionEventRecord(), {
      submissionId: row.id, status: to, at: now, actorKind: 'STAFF', actorId: caller.accountId, note,
    }));
    let cardNumber: string | null = null;
    if (to === 'APPROVED' && row.type === 'KPT') {
      const participant = await em.findOneOrFail(TaspenParticipantRecord, { nip: row.nip });
      cardNumber = (await issueKpt(em, ctx.platform.keys, participant, hubToday(config, now))).number;
    }
    await em.flush();
    await enqueueMessage(em, {
      channel: 'EMAIL', to: row.email, kind: 'TASPEN_SUBMISSION_STATUS',
      ...statusEmail({ type: row.type, status: to, trackingCode: row.trackingCode, note }),
    });
    await appendAudit(em, {
      ...actorOf(caller), subjectNik: row.nik, action: `TASPEN_SUBMISSION_${event}`, purpose: ctx.accessPurpose,
      fields: ['status'], details: { submissionId: row.id, from, to, note, ...(cardNumber ? { cardNumber } : {}) },
    });
    return { id: row.id, status: to };
  });
}
