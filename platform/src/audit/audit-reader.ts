// Reading the access log for the person it is about: newest first, keyset-paginated by id.
import type { Queryable } from './audit-verify';

export interface AccessLogRecord {
  id: string;
  at: Date;
  actorKind: string;
  actorName: string;
  action: string;
  purpose: string | null;
  fields: string[];
}

export interface AccessLogPage {
  records: AccessLogRecord[];
  hasNextPage: boolean;
  /** Entries about the subject by those actor kinds, on every page. */
  totalCount: number;
}

/** Entries about `subjectNik` by the given actor kinds, with id below `beforeId` when given. */
export async function readAccessLog(
  db: Queryable,
  query: { subjectNik: string; actorKinds: readonly string[]; first: number; beforeId?: string | null },
): Promise<AccessLogPage> {
  const counting = db.query<{ total: string }>(
    `select count(*) as total from platform.access_log where subject_nik = $1 and actor_kind = any(string_to_array($2::text, ','))`,
    [query.subjectNik, query.actorKinds.join(',')],
  );
  const { rows } = await db.query<{ id: string; at: Date; actor_kind: string; actor_name: string; action: string; purpose: string | null; fields: string[] }>(
    `select id::text as id, at, actor_kind, actor_name, action, purpose, fields from platform.access_log
      where subject_nik = $1 and actor_kind = any(string_to_array($2::text, ',')) and ($3::bigint is null or id < $3::bigint)
      order by id desc limit $4`,
    [query.subjectNik, query.actorKinds.join(','), query.beforeId ?? null, query.first + 1],
  );
  return {
    records: rows.slice(0, query.first).map((row) => ({
      id: row.id, at: row.at, actorKind: row.actor_kind, actorName: row.actor_name, action: row.action, purpose: row.purpose, fields: row.fields,
    })),
    hasNextPage: rows.length > query.first,
    totalCount: Number((await counting).rows[0]?.total ?? 0),
  };
}

