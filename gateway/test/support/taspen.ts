// Helpers for the Taspen flows: a complete KPT submission for a persona, and reading a person's
// Taspen block the way the gateway does (an entity fetch on the taspen subgraph).
import { randomUUID } from 'node:crypto';
import type { TestHub } from './test-hub';
import { personBlockOf } from './entities';
import { JPEG_BYTES, PDF_BYTES, PNG_BYTES, uploadId } from './uploads';

export const SUBMIT = `mutation SubmitTaspenSubmission($input: TaspenSubmissionInput!) {
  submitTaspenSubmission(input: $input) { id type status trackingCode submittedAt }
}`;

export const SUBMISSION = `query TaspenSubmission($id: ID!) {
  taspenSubmission(id: $id) {
    id type status trackingCode submittedAt
    applicant { relation fullName }
    documents { kind documentId }
    history { status at note }
  }
}`;

export const REVIEW = `mutation ReviewTaspenSubmission($id: ID!, $decision: ReviewDecision!, $note: String) {
  reviewTaspenSubmission(id: $id, decision: $decision, note: $note) { id status }
}`;

export const QUEUE = `query TaspenReviewQueue($status: TaspenSubmissionStatus, $first: Int, $after: String) {
  taspenSubmissions(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id type status submittedAt participant { nip } }
  }
}`;

export interface Persona {
  nik: string;
  nip: string;
  birthDate: string;
  fullName: string;
}

/** Uploads every document a KPT needs (SPMT included) and returns a valid input for the persona. */
export async function kptInput(hub: TestHub, token: string, person: Persona, overrides: Record<string, unknown> = {}) {
  const kinds = ['SURAT_PENGANTAR', 'KGB_TERAKHIR', 'SK_CPNS', 'SPMT'];
  const documents = [];
  for (const kind of kinds) documents.push({ kind, documentId: await uploadId(hub.baseUrl, token, PDF_BYTES) });
  return {
    type: 'KPT',
    nip: person.nip,
    applicant: { relation: 'SELF', fullName: person.fullName, nik: person.nik, birthDate: person.birthDate },
    documents,
    ktpPhotoDocumentId: await uploadId(hub.baseUrl, token, JPEG_BYTES),
    selfieWithKtpDocumentId: await uploadId(hub.baseUrl, token, PNG_BYTES),
    email: `${person.fullName.split(' ')[0].toLowerCase()}@example.id`,
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

/** Person.taspen as the gateway fetches it: `_entities` on the taspen subgraph with the caller's token. */
export async function taspenOf(hub: TestHub, nik: string, selection: string, token?: string, headers: Record<string, string> = {}) {
  const { block, errors } = await personBlockOf(hub.services.taspen.url, 'taspen', nik, selection, token, headers);
  return { taspen: block, errors };
}
