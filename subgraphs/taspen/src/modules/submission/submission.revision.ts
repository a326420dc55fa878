// A participant answers an officer's REQUEST_REVISION on their Taspen submission: only the submitter,
// only while NEEDS_REVISION (CONFLICT otherwise); the documents are checked as on submission (the
// required kinds, the caller's own PDFs). The submission goes back to SUBMITTED, and so into the
// officers' queue, with the revision in its history and an e-mail to the participant. One transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import { isDocumentId, ownDocuments } from '#platform/documents/document-store';
import { PostgresDocumentStore } from '#platform/documents/postgres-document-store';
import { sqlOf } from '#platform/db/sql';
import { BadInputError, ConflictError, NotFoundError } from '#platform/errors';
import { enqueueMessage } from '#platform/messaging/outbox';
import { requireText } from '#platform/validation/require';
import { requireNip } from '#domain/require-identifiers';
import type { TaspenContext } from '../../context';
import { missingDocuments, submissionRequirements, unexpectedDocuments } from '../requirements/requirements.rules';
import { TaspenSubmissionDocumentRecord, TaspenSubmissionEventRecord } from './submission.entity';
import type { TaspenRevisionInput } from './submission.inputs';
import { statusEmail } from './submission.messages';
import { TaspenSubmissionRepository } from './submission.repository';
import { MAX_DOCUMENTS, toSubmissionView } from './submission.service';
import { nextStatus } from './submission.states';
import type { TaspenSubmission } from './submission.type';

export async function reviseSubmission(ctx: TaspenContext, id: string, input: TaspenRevisionInput): Promise<TaspenSubmission> {
  const caller = ctx.caller;
  if (caller.kind !== 'participant' || !isDocumentId(id)) throw new NotFoundError('The submission');
  const note = input.note?.trim() ? requireText('note', input.note, 1000) : null;
  if (input.documents.length > MAX_DOCUMENTS) throw new BadInputError('documents', `At most ${MAX_DOCUMENTS} documents.`);
  for (const document of input.documents) {
    if (!isDocumentId(document.documentId)) throw new BadInputError('documents', `Document ${document.documentId.slice(0, 40)} is not one of your uploads.`);
  }

  const revised = await ctx.em.fork().transactional(async (tx) => {
    const em = tx as EntityManager;
    const row = await new TaspenSubmissionRepository(em).lockForUpdate(id);
    // Someone else's submission is not found: its existence is not the caller's business.
    if (!row || row.accountId !== caller.accountId || row.nik !== caller.nik) throw new NotFoundError('The submission');
    const to = nextStatus(row.status, 'RESUBMIT');
    if (!to) throw new ConflictError(`Only a submission that needs revision can be revised; this one is ${row.status}.`);

    const requirements = submissionRequirements(row.type, requireNip('nip', row.nip));
    const kinds = input.documents.map((d) => d.kind);
    const unexpected = unexpectedDocuments(requirements, kinds);
    if (unexpected.length) throw new BadInputError('documents', `Not part of this submission: ${unexpected.join(', ')}.`);
    const missing = missingDocuments(requirements, kinds);
    if (missing.length) throw new BadInputError('documents', `Required documents are missing: ${missing.join(', ')}.`);
    const metas = await ownDocuments(new PostgresDocumentStore(sqlOf(em)), caller, input.documents.map((d) => d.documentId));
    for (const document of input.documents) {
      const meta = metas.get(document.documentId);
      if (!meta) throw new BadInputError('documents', `Document ${document.documentId} is not one of your uploads.`);
      if (meta.contentType !== 'application/pdf') throw new BadInputError('documents', `The ${document.kind} document must be a PDF.`);
    }

    const now = new Date();
    row.status = to;
    row.updatedAt = now;
    await em.nativeDelete(TaspenSubmissionDocumentRecord, { submissionId: row.id });
    input.documents.forEach((document, position) =>
      em.persist(Object.assign(new TaspenSubmissionDocumentRecord(), { submissionId: row.id, position, kind: document.kind, documentId: document.documentId })),
    );
    em.persist(Object.assign(new TaspenSubmissionEventRecord(), {
      submissionId: row.id, status: to, at: now, actorKind: 'PARTICIPANT', actorId: caller.accountId, note,
    }));
    await em.flush();
    await enqueueMessage(em, { channel: 'EMAIL', to: row.email, kind: 'TASPEN_SUBMISSION_STATUS', ...statusEmail({ type: row.type, status: to, trackingCode: row.trackingCode }) });
    return row;
  });
  return toSubmissionView(revised);
}
