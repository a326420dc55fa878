// The document store as the other processes reach it: signed internal calls to its owner, the identity
// service (document-routes.ts), which alone reads and writes platform.document.
import { ServiceUnavailableError } from '../errors';
import { InternalClient } from '../http/internal';
import type { Platform } from '../runtime';
import { isDocumentId, type DocumentMeta, type DocumentStore, type NewDocument } from './document-store';

export const DOCUMENTS_PATH = '/internal/documents';
export const DOCUMENT_PATHS = {
  put: `${DOCUMENTS_PATH}/put`,
  metadata: `${DOCUMENTS_PATH}/metadata`,
  usage: `${DOCUMENTS_PATH}/usage`,
  open: `${DOCUMENTS_PATH}/open`,
} as const;

/** Metadata as JSON carries it (dates as ISO strings). */
export type DocumentMetaJson = Omit<DocumentMeta, 'createdAt'> & { createdAt: string };

export const metaFromJson = (meta: DocumentMetaJson): DocumentMeta => ({ ...meta, createdAt: new Date(meta.createdAt) });

/**
 * A document on the wire: one line of JSON (which never holds a raw newline), a newline, the bytes. One
 * body, so the internal call's signature covers the description and the bytes together.
 */
export function frameDocument(head: unknown, bytes: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`, 'utf8'), bytes]);
}

export function unframeDocument<T>(body: Buffer): { head: T; bytes: Buffer } | null {
  const newline = body.indexOf(0x0a);
  if (newline < 0) return null;
  try {
    return { head: JSON.parse(body.subarray(0, newline).toString('utf8')) as T, bytes: body.subarray(newline + 1) };
  } catch {
    return null;
  }
}

export class HttpDocumentStore implements DocumentStore {
  constructor(private readonly owner: InternalClient) {}

  async put(document: NewDocument): Promise<DocumentMeta> {
    const { bytes, ...head } = document;
    // A file of a few MiB over the loopback or the cluster network: more time than a JSON call.
    const answer = await this.owner.exchange(DOCUMENT_PATHS.put, frameDocument(head, bytes), 'application/octet-stream', 15_000);
    if (answer.status !== 201) throw new ServiceUnavailableError('The document store');
    return metaFromJson(JSON.parse(answer.body.toString('utf8')) as DocumentMetaJson);
  }

  async metadata(ids: readonly string[]): Promise<DocumentMeta[]> {
    const valid = [...new Set(ids.filter(isDocumentId))];
    if (valid.length === 0) return [];
    const { documents } = await this.call<{ documents: DocumentMetaJson[] }>(DOCUMENT_PATHS.metadata, { ids: valid });
    return documents.map(metaFromJson);
  }

  async open(id: string): Promise<{ meta: DocumentMeta; bytes: Buffer } | null> {
    if (!isDocumentId(id)) return null;
    const answer = await this.owner.exchange(DOCUMENT_PATHS.open, JSON.stringify({ id }), 'application/json', 15_000);
    if (answer.status === 404) return null;
    const framed = answer.status === 200 ? unframeDocument<DocumentMetaJson>(answer.body) : null;
    if (!framed) throw new ServiceUnavailableError('The document store');
    return { meta: metaFromJson(framed.head), bytes: framed.bytes };
  }

  async usageSince(ownerAccountId: string, since: Date): Promise<{ files: number; bytes: number }> {
    return this.call<{ files: number; bytes: number }>(DOCUMENT_PATHS.usage, { ownerAccountId, since: since.toISOString() });
  }

  private async call<T>(path: string, payload: unknown): Promise<T> {
    const answer = await this.owner.exchange(path, JSON.stringify(payload), 'application/json');
    if (answer.status !== 200) throw new ServiceUnavailableError('The document store');
    return JSON.parse(answer.body.toString('utf8')) as T;
  }
}

/** The document store of any process but its owner: calls to the identity service where it answers. */
export function documentStoreOf(platform: Pick<Platform, 'serviceUrls' | 'config'>): DocumentStore {
  const identity = () => {
    const url = platform.serviceUrls.identity;
    if (!url) throw new ServiceUnavailableError('The identity service');
    return url;
  };
  return new HttpDocumentStore(new InternalClient(identity, platform.config.internalServiceSecret, 'identity'));
}
