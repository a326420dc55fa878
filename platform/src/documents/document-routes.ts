// The document store's owner interface (signed internal calls under /internal/documents), mounted by the
// identity service, the one process that reads and writes platform.document. The gateway's /uploads and
// the agencies' checks of cited documents reach the store through these (http-document-store.ts).
import express, { type Express, type Request, type Response } from 'express';
import type { Knex, MikroORM } from '@mikro-orm/postgresql';
import { requireInternalCaller } from '../http/internal';
import type { Platform } from '../runtime';
import type { DocumentContentType, NewDocument } from './document-store';
import { DOCUMENT_PATHS, frameDocument, unframeDocument, type DocumentMetaJson } from './http-document-store';
import { PostgresDocumentStore, type SqlQuery } from './postgres-document-store';
import { MAX_UPLOAD_BYTES } from './upload-routes';

const CONTENT_TYPES: ReadonlySet<DocumentContentType> = new Set(['application/pdf', 'image/jpeg', 'image/png']);
const MAX_IDS = 100;

type NewDocumentHead = Omit<NewDocument, 'bytes'>;

function validHead(head: unknown): head is NewDocumentHead {
  const h = head as Partial<NewDocumentHead> | null;
  return (
    typeof h?.ownerAccountId === 'string' &&
    h.ownerAccountId.length > 0 &&
    h.ownerAccountId.length <= 200 &&
    typeof h.contentType === 'string' &&
    CONTENT_TYPES.has(h.contentType) &&
    typeof h.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(h.sha256) &&
    (h.fileName === undefined || h.fileName === null || (typeof h.fileName === 'string' && h.fileName.length <= 200))
  );
}

const toJson = <T extends { createdAt: Date }>(meta: T) => ({ ...meta, createdAt: meta.createdAt.toISOString() });

export function mountDocumentRoutes(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
  const signed = requireInternalCaller(deps.platform.config.internalServiceSecret);
  // Straight through the ORM's knex pool (its connections, time limits included): MikroORM's own execute()
  // also renders each statement with its values inlined, which for a file of 5 MiB costs three times the insert.
  const query: SqlQuery = async <T>(sql: string, params: unknown[]) =>
    (
      await deps.orm.em
        .getConnection()
        .getKnex()
        .raw<{ rows: T[] }>(sql, params as Knex.RawBinding[])
    ).rows;
  const documents = new PostgresDocumentStore(query);
  const store = () => documents;
  const failed = (req: Request, res: Response, error: unknown, what: string) => {
    deps.platform.log.error({ requestId: req.header('x-request-id'), error }, `${what} failed`);
    res.status(500).json({ error: 'internal_error' });
  };

  app.post(DOCUMENT_PATHS.put, express.raw({ type: 'application/octet-stream', limit: MAX_UPLOAD_BYTES + 64 * 1024 }), signed, async (req, res) => {
    const framed = Buffer.isBuffer(req.body) ? unframeDocument<unknown>(req.body) : null;
    if (!framed || !validHead(framed.head) || framed.bytes.length === 0 || framed.bytes.length > MAX_UPLOAD_BYTES) {
      res.status(400).json({ error: 'bad_request' });
      return;
    }
    try {
      const meta = await store().put({ ...framed.head, bytes: framed.bytes });
      res.status(201).json(toJson(meta) satisfies DocumentMetaJson);
    } catch (error) {
      failed(req, res, error, 'storing a document');
    }
  });

  app.post(DOCUMENT_PATHS.metadata, signed, async (req, res) => {
    const ids = (req.body as { ids?: unknown } | undefined)?.ids;
    if (!Array.isArray(ids) || ids.length > MAX_IDS || ids.some((id) => typeof id !== 'string')) {
      res.status(400).json({ error: 'bad_request' });
      return;
    }
    try {
      res.json({ documents: (await store().metadata(ids as string[])).map(toJson) });
    } catch (error) {
      failed(req, res, error, 'reading document metadata');
    }
  });

  app.post(DOCUMENT_PATHS.usage, signed, async (req, res) => {
    const body = (req.body ?? {}) as { ownerAccountId?: unknown; since?: unknown };
    const since = typeof body.since === 'string' ? new Date(body.since) : null;
    if (typeof body.ownerAccountId !== 'string' || !since || Number.isNaN(since.getTime())) {
      res.status(400).json({ error: 'bad_request' });
      return;
    }
    try {
      res.json(await store().usageSince(body.ownerAccountId, since));
    } catch (error) {
      failed(req, res, error, 'reading upload usage');
    }
  });

  app.post(DOCUMENT_PATHS.open, signed, async (req, res) => {
    const id = (req.body as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string') {
      res.status(400).json({ error: 'bad_request' });
      return;
    }
    try {
      const document = await store().open(id);
      if (!document) {
        res.status(404).json({ error: 'not_found' });
        return;
      }
      res.type('application/octet-stream').send(frameDocument(toJson(document.meta), document.bytes));
    } catch (error) {
      failed(req, res, error, 'reading a document');
    }
  });
}
