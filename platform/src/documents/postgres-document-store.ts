// DocumentStore on platform.document (bytes in a bytea column; fine for files of a few MiB), used by the
// table's owner alone (document-routes.ts in the identity service); other processes use http-document-store.ts.
import { randomUUID } from 'node:crypto';
import { isDocumentId, type DocumentMeta, type DocumentStore, type NewDocument } from './document-store';

/** Runs one statement with `?` placeholders and returns its rows. */
export type SqlQuery = <T>(sql: string, params: unknown[]) => Promise<T[]>;

interface Row {
  id: string;
  owner_account_id: string;
  content_type: DocumentMeta['contentType'];
  size: number;
  sha256: string;
  file_name: string | null;
  created_at: Date | string;
  bytes?: Buffer;
}

const META = 'id, owner_account_id, content_type, size, sha256, file_name, created_at';

const toMeta = (row: Row): DocumentMeta => ({
  id: row.id,
  ownerAccountId: row.owner_account_id,
  contentType: row.content_type,
  size: Number(row.size),
  sha256: row.sha256,
  fileName: row.file_name,
  createdAt: new Date(row.created_at),
});

export class PostgresDocumentStore implements DocumentStore {
  constructor(private readonly query: SqlQuery) {}

  async put(document: NewDocument): Promise<DocumentMeta> {
    const [row] = await this.query<Row>(
      `insert into platform.document (id, owner_account_id, content_type, size, sha256, bytes, file_name)
       values (?, ?, ?, ?, ?, ?, ?) returning ${META}`,
      [randomUUID(), document.ownerAccountId, document.contentType, document.bytes.length, document.sha256, document.bytes, document.fileName ?? null],
    );
    return toMeta(row);
  }

  async metadata(ids: readonly string[]): Promise<DocumentMeta[]> {
    const valid = [...new Set(ids.filter(isDocumentId))];
    if (valid.length === 0) return [];
    const placeholders = valid.map(() => '?').join(', ');
    const rows = await this.query<Row>(`select ${META} from platform.document where id in (${placeholders})`, valid);
    return rows.map(toMeta);
  }

  async usageSince(ownerAccountId: string, since: Date): Promise<{ files: number; bytes: number }> {
    // document_owner_idx (owner_account_id, created_at desc) serves this.
    const [row] = await this.query<{ files: string; bytes: string | null }>(
      `select count(*) as files, sum(size) as bytes from platform.document where owner_account_id = ? and created_at > ?`,
      [ownerAccountId, since],
    );
    return { files: Number(row?.files ?? 0), bytes: Number(row?.bytes ?? 0) };
  }

  async open(id: string): Promise<{ meta: DocumentMeta; bytes: Buffer } | null> {
    if (!isDocumentId(id)) return null;
    const [row] = await this.query<Row>(`select ${META}, bytes from platform.document where id = ?`, [id]);
    return row ? { meta: toMeta(row), bytes: Buffer.from(row.bytes!) } : null;
  }
}
