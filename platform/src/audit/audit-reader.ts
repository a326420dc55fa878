// Reading the access log for the person it is about: newest first, keyset-paginated. The entries one client
// request wrote (in several subgraphs) for one actor are merged here, in SQL, so that counts and cursors
// count what the person sees; entries without a request id stay one each.
import type { Queryable } from './audit-verify';

export interface AccessLogRecord {
  /** The cursor: the lowest id among the merged entries. */
  id: string;
  /** The earliest of the merged entries' times. */
  at: Date;
  actorKind: string;
  actorName: string;
  /** The merged entries' actions in the order written (the caller names what they have in common). */
  actions: string[];
  purpose: string | null;
  /** Every field the merged entries name, once, in the order first read. */
  fields: string[];
}

export interface AccessLogPage {
  records: AccessLogRecord[];
  hasNextPage: boolean;
  /** Merged entries about the subject by those actor kinds, on every page. */
  totalCount: number;
}

// One group per client request and actor; an entry without a request id (older rows, reads outside a
// gateway request) is a group of its own.
const MERGED = `
  from platform.access_log
 where subject_nik = $1 and actor_kind = any(string_to_array($2::text, ','))
 group by request_id, (case when request_id is null then id end), actor_kind, actor_id`;

/** Entries about `subjectNik` by the given actor kinds, merged per request and actor, with id below `beforeId` when given. */
export async function readAccessLog(
  db: Queryable,
  query: { subjectNik: string; actorKinds: readonly string[]; first: number; beforeId?: string | null },
): Promise<AccessLogPage> {
  const kinds = query.actorKinds.join(',');
  const counting = db.query<{ total: string }>(`select count(*) as total from (select 1 ${MERGED}) as merged`, [query.subjectNik, kinds]);
  const { rows } = await db.query<{
    id: string;
    at: Date;
    actor_kind: string;
    actor_name: string;
    actions: string[];
    purpose: string | null;
    fields: string[][];
  }>(
    `select min(id)::text as id, min(at) as at, actor_kind,
            (array_agg(actor_name order by id))[1] as actor_name,
            array_agg(action order by id) as actions,
            (array_agg(purpose order by id) filter (where purpose is not null))[1] as purpose,
            jsonb_agg(to_jsonb(fields) order by id) as fields
       ${MERGED}
     having ($3::bigint is null or min(id) < $3::bigint)
      order by min(id) desc limit $4`,
    [query.subjectNik, kinds, query.beforeId ?? null, query.first + 1],
  );
  return {
    records: rows.slice(0, query.first).map((row) => ({
      id: row.id,
      at: row.at,
      actorKind: row.actor_kind,
      actorName: row.actor_name,
      actions: row.actions,
      purpose: row.purpose,
      fields: [...new Set(row.fields.flat())],
    })),
    hasNextPage: rows.length > query.first,
    totalCount: Number((await counting).rows[0]?.total ?? 0),
  };
}
