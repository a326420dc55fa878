// The one connection shape of the graph: `first`, `after`, `totalCount`, `pageInfo { hasNextPage endCursor }`.
// PageInfo is shareable, so every subgraph declares the same type and the composed API has it once.
import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadInputError } from '../errors';

@ObjectType({ description: 'Where a page of a list ends, and whether more follows.' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean, { description: 'True when another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on an empty page.' })
  endCursor!: string | null;
}

export interface Page<T> {
  totalCount: number;
  pageInfo: PageInfo;
  nodes: T[];
}

// The two cursors of the graph: `id:<id>` (a list ordered by something the id finds again) and
// `<ISO instant>|<id>` (a keyset page ordered by a time column, then id). Opaque to clients.

export const encodeIdCursor = (id: string) => Buffer.from(`id:${id}`, 'utf8').toString('base64url');

export function decodeIdCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('id:') || text.length > 200) throw new BadInputError('after', 'after is not a cursor of this list.');
  return text.slice(3);
}

export interface KeysetCursor {
  at: Date;
  id: string;
}

export function encodeKeysetCursor(cursor: KeysetCursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`, 'utf8').toString('base64url');
}

/** The cursor's instant and id; BAD_USER_INPUT on `after` unless both are there and `isId` accepts the id. */
export function decodeKeysetCursor(cursor: string, isId: (id: string) => boolean): KeysetCursor {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const instant = new Date(at ?? '');
  if (!id || !isId(id) || Number.isNaN(instant.getTime())) throw new BadInputError('after', 'after is not a cursor of this list.');
  return { at: instant, id };
}

/**
 * A page of an already ordered, already loaded list (a person's claims or submissions, through a DataLoader):
 * the items after the one `after` names, at most `first`.
 */
export function pageOfList<T>(rows: readonly T[], idOf: (row: T) => string, first: number, after: string | null | undefined, max = 100): Page<T> {
  if (!Number.isInteger(first) || first < 0 || first > max) throw new BadInputError('first', `first must be from 0 to ${max}.`);
  let start = 0;
  if (after) {
    const id = decodeIdCursor(after);
    const index = rows.findIndex((row) => idOf(row) === id);
    if (index < 0) throw new BadInputError('after', 'after is not a cursor of this list.');
    start = index + 1;
  }
  const nodes = rows.slice(start, start + first);
  return {
    totalCount: rows.length,
    pageInfo: { hasNextPage: start + first < rows.length, endCursor: nodes.length ? encodeIdCursor(idOf(nodes[nodes.length - 1])) : null },
    nodes,
  };
}

/**
 * `first` of a plain list kept for the contract (a bounded list beside its connection): the default when
 * absent, BAD_USER_INPUT on `first` outside 0..max.
 */
export function boundedFirst(first: number | null | undefined, bounds: { default: number; max: number }): number {
  const size = first ?? bounds.default;
  if (!Number.isInteger(size) || size < 0 || size > bounds.max) throw new BadInputError('first', `first must be from 0 to ${bounds.max}.`);
  return size;
}

/** How many a list gives: `default` when `first` is absent, and at most `max`. */
export interface ListBounds {
  default: number;
  max: number;
}

/**
 * A loaded, ordered list served both ways: as the bounded plain list the contract reads (`first`) and as pages
 * of its connection (`first`, `after`; the cursor is a row's id), each with its own bounds, which the
 * descriptions of the two `first` arguments state.
 */
export class ListAndPages {
  readonly list: ListBounds;
  readonly page: ListBounds;

  constructor(bounds: { list: ListBounds; page: ListBounds }) {
    this.list = bounds.list;
    this.page = bounds.page;
  }

  /** The description of the plain list's `first`. */
  get listFirst(): string {
    return `How many, 0 to ${this.list.max} (default ${this.list.default}).`;
  }

  /** The description of the connection's `first`. */
  get pageFirst(): string {
    return `Page size, 0 to ${this.page.max} (default ${this.page.default}).`;
  }

  /** The plain list: the first `first` rows; BAD_USER_INPUT on `first` outside its bounds. */
  head<T>(rows: readonly T[], first: number | null | undefined): T[] {
    return rows.slice(0, boundedFirst(first, this.list));
  }

  /** The page after the row `after` names, at most `first` rows. */
  pageOf<T extends { id: string }>(rows: readonly T[], first: number | null | undefined, after: string | null | undefined): Page<T> {
    return pageOfList(rows, (row) => row.id, boundedFirst(first, this.page), after, this.page.max);
  }
}

/**
 * The connection type of a list (`<Name>Connection { totalCount pageInfo nodes }`), the one shape clients page
 * with. `texts.pageInfo` only where the published description of `pageInfo` is worded otherwise.
 */
export function connectionOf<T extends object>(node: ClassType<T>, name: string, texts: { page: string; total: string; pageInfo?: string; nodes: string }) {
  @ObjectType(name, { description: texts.page })
  class Connection implements Page<T> {
    @Field(() => Int, { description: texts.total })
    totalCount!: number;

    @Field(() => PageInfo, { description: texts.pageInfo ?? 'Where this page ends, and whether more follows.' })
    pageInfo!: PageInfo;

    @Field(() => [node], { description: texts.nodes })
    nodes!: T[];
  }
  return Connection;
}
