// Keyset pages of an admin list, oldest registration first: cursors name (created_at, id).
import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { BadInputError } from '#platform/errors';
import { decodeKeysetCursor, encodeKeysetCursor } from '#platform/federation/page-info';

export const MAX_PAGE = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE) throw new BadInputError('first', `first must be from 0 to ${MAX_PAGE}.`);
  return size;
}

export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return encodeKeysetCursor({ at: row.createdAt, id: row.id });
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const { at, id } = decodeKeysetCursor(cursor, (value) => UUID.test(value));
  return { createdAt: at, id };
}

/** One page of `entity` (ordered by createdAt, id) and the total, in two statements. */
interface PageRow {
  createdAt: Date;
  id: string;
}

export async function pageOf<T extends PageRow>(em: EntityManager, entity: new () => T, first: number | null | undefined, after: string | null | undefined) {
  const size = pageSize(first);
  const cursor = after ? decodeCursor(after) : null;
  // MikroORM cannot resolve its filter and order types over a type parameter: they are written for the
  // columns every paged entity has (PageRow) and stated as the entity's.
  const where = (cursor ? { $or: [{ createdAt: { $gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { $gt: cursor.id } }] } : {}) as FilterQuery<T>;
  const orderBy = { createdAt: 'asc', id: 'asc' } as QueryOrderMap<T>;
  const [rows, totalCount] = await Promise.all([em.find(entity, where, { orderBy, limit: size + 1 }), em.count(entity)]);
  const nodes = rows.slice(0, size);
  const last = nodes[nodes.length - 1];
  return { nodes, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor(last) : null } };
}
