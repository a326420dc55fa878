// POST /uploads (multipart, field `file`, streamed) and GET /uploads/:id, served by the gateway.
// Type judged from the first bytes, size capped while streaming, SHA-256 computed on the way in.
import { createHash } from 'node:crypto';
import Busboy from 'busboy';
import type { Express, Request, Response } from 'express';
import type { TokenVerifier } from '../auth/tokens';
import type { Logger } from '../logger';
import { sniffContentType, SNIFF_BYTES } from './content-type';
import { documentOwnerOf, type DocumentContentType, type DocumentStore } from './document-store';
import { verifyDocumentLink } from './document-links';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface UploadRouteOptions {
  store: DocumentStore;
  verifier: TokenVerifier;
  /** Secret of signed document links (the services' shared internal secret). */
  linkSecret: string;
  log: Logger;
  maxBytes?: number;
  /** Per account and 24 hours; beyond it 429. */
  quota?: { bytesPerDay: number; filesPerDay: number };
}

const DAY_MS = 24 * 3_600_000;

type Outcome =
  | { status: 201; file: { bytes: Buffer; sha256: string; contentType: DocumentContentType; fileName: string | null } }
  | { status: 400 | 413 | 415; error: string; message: string };

/** Reads the multipart body to its end (so the client always gets our answer) and keeps at most one file. */
/**
 * Answers a refused upload once its body has arrived, so the client is not cut off mid-write (it would see
 * EPIPE instead of the answer). A body larger than an upload may be is not read: the answer goes at once and
 * the connection closes.
 */
function answerAfterBody(req: Request, res: Response, answer: () => void): void {
  const limit = MAX_UPLOAD_BYTES + 64 * 1024;
  let received = 0;
  let answered = false;
  const once = () => {
    if (answered) return;
    answered = true;
    answer();
  };
  req.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > limit && !answered) {
      res.setHeader('connection', 'close');
      once();
      req.pause();
    }
  });
  req.once('end', once);
  req.once('error', () => undefined);
  req.resume();
}

function readUpload(req: Request, maxBytes: number): Promise<Outcome> {
  return new Promise((resolve) => {
    let busboy: Busboy.Busboy;
    try {
      // busboy signals `limit` on reaching the cap, so cap one byte past the largest allowed file.
      busboy = Busboy({ headers: req.headers, limits: { fileSize: maxBytes + 1, files: 1, fields: 5, parts: 10 } });
    } catch {
      resolve({ status: 400, error: 'bad_request', message: 'Send multipart/form-data with the file in the field "file".' });
      return;
    }
    let outcome: Outcome | undefined;
    const fail = (status: 400 | 413 | 415, error: string, message: string) => {
      outcome ??= { status, error, message };
    };
    busboy.on('file', (field, stream, info) => {
      if (field !== 'file' || outcome) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      const hash = createHash('sha256');
      let size = 0;
      let type: DocumentContentType | null | undefined;
      stream.on('data', (chunk: Buffer) => {
        if (outcome) return;
        chunks.push(chunk);
        hash.update(chunk);
        size += chunk.length;
        if (type === undefined && size >= SNIFF_BYTES) {
          type = sniffContentType(Buffer.concat(chunks).subarray(0, SNIFF_BYTES));
          if (!type) fail(415, 'unsupported_media_type', 'Only PDF, JPEG and PNG files are accepted.');
        }
      });
      stream.on('limit', () => fail(413, 'payload_too_large', `Files may be at most ${maxBytes} bytes.`));
      stream.on('close', () => {
        if (outcome) return;
        if (size === 0) return fail(400, 'bad_request', 'The file is empty.');
        type ??= sniffContentType(Buffer.concat(chunks));
        if (!type) return fail(415, 'unsupported_media_type', 'Only PDF, JPEG and PNG files are accepted.');
        const fileName = info.filename ? info.filename.replace(/[^\w.\- ]/g, '_').slice(0, 200) : null;
        outcome = { status: 201, file: { bytes: Buffer.concat(chunks, size), sha256: hash.digest('hex'), contentType: type, fileName } };
      });
    });
    busboy.on('error', () => fail(400, 'bad_request', 'The multipart body is malformed.'));
    busboy.on('close', () => resolve(outcome ?? { status: 400, error: 'bad_request', message: 'Send the file in the field "file".' }));
    req.pipe(busboy);
  });
}

export function mountUploadRoutes(app: Express, options: UploadRouteOptions): void {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;

  const callerOf = async (req: Request) => {
    try {
      return await options.verifier.fromHeader(req.header('authorization'));
    } catch {
      return null;
    }
  };

  app.post('/uploads', async (req: Request, res: Response) => {
    const caller = await callerOf(req);
    const owner = caller ? documentOwnerOf(caller) : null;
    if (!owner) {
      res.setHeader('www-authenticate', 'Bearer');
      answerAfterBody(req, res, () => res.status(401).json({ error: 'unauthorized', message: 'A valid bearer token is required.' }));
      return;
    }
    if (!req.is('multipart/form-data')) {
      answerAfterBody(req, res, () => res.status(415).json({ error: 'unsupported_media_type', message: 'Send multipart/form-data with the field "file".' }));
      return;
    }
    const quota = options.quota;
    const used = quota ? await options.store.usageSince(owner, new Date(Date.now() - DAY_MS)) : null;
    const overQuota = (extra: number) => quota && used && (used.files + (extra ? 1 : 0) > quota.filesPerDay || used.bytes + extra > quota.bytesPerDay);
    const refuseQuota = () => {
      res.setHeader('retry-after', String(3_600));
      res.status(429).json({ error: 'upload_quota_exceeded', message: `At most ${quota!.filesPerDay} files and ${quota!.bytesPerDay} bytes per 24 hours.` });
    };
    if (quota && used && (used.files >= quota.filesPerDay || used.bytes >= quota.bytesPerDay)) {
      answerAfterBody(req, res, refuseQuota);
      return;
    }
    const outcome = await readUpload(req, maxBytes);
    if (outcome.status !== 201) {
      res.status(outcome.status).json({ error: outcome.error, message: outcome.message });
      return;
    }
    if (overQuota(outcome.file.bytes.length)) return refuseQuota();
    try {
      const meta = await options.store.put({ ownerAccountId: owner, ...outcome.file });
      res.status(201).json({ id: meta.id, sha256: meta.sha256, contentType: meta.contentType, size: meta.size });
    } catch (error) {
      options.log.error({ requestId: req.header('x-request-id'), error }, 'storing an upload failed');
      res.status(500).json({ error: 'internal_error' });
    }
  });

  /** The uploader with their bearer token, or anyone holding a signed link; everyone else 404. */
  app.get('/uploads/:id', async (req: Request, res: Response) => {
    const id = String(req.params.id);
    const signed = req.query.sig !== undefined;
    const caller = signed ? null : await callerOf(req);
    if (!signed && (!caller || caller.kind === 'anonymous')) {
      res.setHeader('www-authenticate', 'Bearer');
      res.status(401).json({ error: 'unauthorized', message: 'A valid bearer token is required.' });
      return;
    }
    if (signed && !verifyDocumentLink(options.linkSecret, id, req.query.exp, req.query.sig)) {
      res.status(403).json({ error: 'forbidden', message: 'The link is not valid or has expired.' });
      return;
    }
    const document = await options.store.open(id);
    if (!document || (!signed && document.meta.ownerAccountId !== documentOwnerOf(caller!))) {
      res.status(404).json({ error: 'not_found' });
      return;
    }
    res.setHeader('content-type', document.meta.contentType);
    res.setHeader('content-disposition', `attachment; filename="${document.meta.id}"`);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'private, no-store');
    res.send(document.bytes);
  });
}
