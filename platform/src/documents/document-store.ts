// The document store: files participants upload (PDF, JPEG, PNG) to cite in submissions and claims.
// Platform code owns it; the PostgreSQL implementation below could be replaced by object storage.
import type { Caller } from '../auth/caller';

export type DocumentContentType = 'application/pdf' | 'image/jpeg' | 'image/png';

export interface DocumentMeta {
  id: string;
  /** Who uploaded it: see documentOwnerOf. */
  ownerAccountId: string;
  contentType: DocumentContentType;
  size: number;
  sha256: string;
  fileName: string | null;
  createdAt: Date;
}

export interface NewDocument {
  ownerAccountId: string;
  contentType: DocumentContentType;
  sha256: string;
  bytes: Buffer;
  fileName?: string | null;
}

export interface DocumentStore {
  put(document: NewDocument): Promise<DocumentMeta>;
  /** Metadata of the documents that exist among `ids` (any order), in one round trip. */
  metadata(ids: readonly string[]): Promise<DocumentMeta[]>;
  /** The document and its bytes, or null. */
  open(id: string): Promise<{ meta: DocumentMeta; bytes: Buffer } | null>;
  /** Files and bytes an owner uploaded since `since` (the upload quota). */
  usageSince(ownerAccountId: string, since: Date): Promise<{ files: number; bytes: number }>;
}

/**
 * The owner key a caller's uploads are filed under. Participants and their kiosk sessions share the
 * account id, so a document uploaded at a kiosk is the participant's own; partners and staff get
 * prefixed keys that can never collide with an account id.
 */
export function documentOwnerOf(caller: Caller): string | null {
  switch (caller.kind) {
    case 'participant':
    case 'kiosk':
      return caller.accountId;
    case 'partner':
      return `partner:${caller.partnerId}`;
    case 'staff':
      return `staff:${caller.accountId}`;
    default:
      return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Document ids are UUIDs; anything else cannot name a document (and must not reach SQL as one). */
export function isDocumentId(value: string): boolean {
  return UUID.test(value);
}

/**
 * The cited documents that are the caller's own uploads, by id: an id that names someone else's document,
 * or none, is absent from the answer (the caller cannot tell which). One round trip; `ids` must be
 * document ids (isDocumentId) already.
 */
export async function ownDocuments(documents: Pick<DocumentStore, 'metadata'>, caller: Caller, ids: readonly string[]): Promise<Map<string, DocumentMeta>> {
  const owner = documentOwnerOf(caller);
  if (!owner || ids.length === 0) return new Map();
  const found = await documents.metadata(ids);
  return new Map(found.filter((meta) => meta.ownerAccountId === owner).map((meta) => [meta.id, meta]));
}
