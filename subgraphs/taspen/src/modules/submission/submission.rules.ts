// What a submission's documents must satisfy, as pure functions: the kinds its type and NIP require,
// and every cited file the caller's own upload of the right type.
import type { DocumentMeta } from '#platform/documents/document-store';
import { BadInputError } from '#platform/errors';
import {
  missingDocuments,
  submissionRequirements,
  unexpectedDocuments,
  type TaspenDocumentKind,
  type TaspenSubmissionType,
} from '../requirements/requirements.rules';

export const MAX_DOCUMENTS = 20;

/** The cited kinds are exactly what this type of submission, for this NIP, requires (at most MAX_DOCUMENTS). */
export function requireDocumentKinds(
  type: TaspenSubmissionType,
  nip: Parameters<typeof submissionRequirements>[1],
  documents: readonly { kind: TaspenDocumentKind }[],
): void {
  if (documents.length > MAX_DOCUMENTS) throw new BadInputError('documents', `At most ${MAX_DOCUMENTS} documents.`);
  const requirements = submissionRequirements(type, nip);
  const kinds = documents.map((d) => d.kind);
  const unexpected = unexpectedDocuments(requirements, kinds);
  if (unexpected.length) throw new BadInputError('documents', `Not part of this submission: ${unexpected.join(', ')}.`);
  const missing = missingDocuments(requirements, kinds);
  if (missing.length) throw new BadInputError('documents', `Required documents are missing: ${missing.join(', ')}.`);
}

/** Every cited document must exist, be the caller's own and be a PDF. */
export function requireOwnPdfs(owner: string, documents: readonly { kind: string; documentId: string }[], metas: Map<string, DocumentMeta>): void {
  for (const document of documents) {
    const meta = metas.get(document.documentId);
    if (!meta || meta.ownerAccountId !== owner) throw new BadInputError('documents', `Document ${document.documentId} is not one of your uploads.`);
    if (meta.contentType !== 'application/pdf') throw new BadInputError('documents', `The ${document.kind} document must be a PDF.`);
  }
}

/** The KTP photo and the selfie with the KTP must be the caller's own images. */
export function requireOwnPhotos(
  owner: string,
  photos: Record<'ktpPhotoDocumentId' | 'selfieWithKtpDocumentId', string>,
  metas: Map<string, DocumentMeta>,
): void {
  for (const field of ['ktpPhotoDocumentId', 'selfieWithKtpDocumentId'] as const) {
    const meta = metas.get(photos[field]);
    if (!meta || meta.ownerAccountId !== owner) throw new BadInputError(field, 'This photo is not one of your uploads.');
    if (!meta.contentType.startsWith('image/')) throw new BadInputError(field, 'This photo must be a JPEG or PNG image.');
  }
}
