// Short-lived signed links to a document, handed out by the service that decided the reader may see
// it (e.g. the officer reviewing the submission that cites it). Served by GET /uploads/:id.
import { createHmac } from 'node:crypto';
import { safeEqualHex } from '../http/internal';

export const DOCUMENT_LINK_SECONDS = 10 * 60;

const signature = (secret: string, id: string, exp: number) => createHmac('sha256', secret).update(`document-download:${id}:${exp}`).digest('hex');

export function documentPath(id: string): string {
  return `/uploads/${id}`;
}

/** `/uploads/<id>?exp=…&sig=…` */
export function signDocumentLink(secret: string, id: string, ttlSeconds = DOCUMENT_LINK_SECONDS, now = Date.now()): string {
  const exp = Math.floor(now / 1000) + ttlSeconds;
  return `${documentPath(id)}?exp=${exp}&sig=${signature(secret, id, exp)}`;
}

export function verifyDocumentLink(secret: string, id: string, exp: unknown, sig: unknown, now = Date.now()): boolean {
  if (typeof exp !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(exp) || !/^[0-9a-f]{64}$/.test(sig)) return false;
  if (Number(exp) * 1000 < now) return false;
  return safeEqualHex(sig, signature(secret, id, Number(exp)));
}
