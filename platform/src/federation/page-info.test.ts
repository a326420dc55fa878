// Pages of a loaded list: `after` continues where the previous page ended, and a foreign cursor is bad input;
// a list served both ways (plain and paged) keeps each to its bounds.
import { BadInputError } from '../errors';
import { decodeKeysetCursor, encodeIdCursor, encodeKeysetCursor, ListAndPages, pageOfList } from './page-info';

const rows = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const idOf = (row: { id: string }) => row.id;

test('pages follow one another through endCursor until hasNextPage is false', () => {
  const first = pageOfList(rows, idOf, 2, null);
  expect(first).toMatchObject({ totalCount: 5, nodes: [{ id: 'a' }, { id: 'b' }], pageInfo: { hasNextPage: true } });
  const second = pageOfList(rows, idOf, 2, first.pageInfo.endCursor);
  expect(second.nodes.map(idOf)).toEqual(['c', 'd']);
  const last = pageOfList(rows, idOf, 2, second.pageInfo.endCursor);
  expect(last).toMatchObject({ nodes: [{ id: 'e' }], pageInfo: { hasNextPage: false, endCursor: encodeIdCursor('e') } });
});

test('a cursor that names nothing in the list, or is not a cursor, is BAD_USER_INPUT on after', () => {
  expect(() => pageOfList(rows, idOf, 2, encodeIdCursor('zz'))).toThrow(BadInputError);
  expect(() => pageOfList(rows, idOf, 2, 'not-a-cursor')).toThrow(/after/);
  expect(() => pageOfList(rows, idOf, 101, null)).toThrow(/first/);
});

test('a keyset cursor gives back its instant and id; a foreign or broken one is BAD_USER_INPUT on after', () => {
  const at = new Date('2026-03-01T02:03:04.005Z');
  const cursor = encodeKeysetCursor({ at, id: 'row-7' });
  expect(decodeKeysetCursor(cursor, (id) => id.startsWith('row-'))).toEqual({ at, id: 'row-7' });
  for (const foreign of [encodeIdCursor('row-7'), Buffer.from('not a date|row-7').toString('base64url'), cursor]) {
    const accepts = foreign === cursor ? () => false : () => true;
    let error: unknown;
    try {
      decodeKeysetCursor(foreign, accepts);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as BadInputError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  }
});

test('a list served both ways keeps each way to its own bounds and says them in its argument descriptions', () => {
  const lists = new ListAndPages({ list: { default: 3, max: 4 }, page: { default: 2, max: 4 } });
  expect(lists.head(rows, null).map(idOf)).toEqual(['a', 'b', 'c']);
  expect(lists.head(rows, 4).map(idOf)).toEqual(['a', 'b', 'c', 'd']);
  expect(() => lists.head(rows, 5)).toThrow(/first must be from 0 to 4/);
  const first = lists.pageOf(rows, undefined, null);
  expect(first).toMatchObject({ totalCount: 5, nodes: [{ id: 'a' }, { id: 'b' }], pageInfo: { hasNextPage: true, endCursor: encodeIdCursor('b') } });
  expect(lists.pageOf(rows, 4, first.pageInfo.endCursor).nodes.map(idOf)).toEqual(['c', 'd', 'e']);
  expect(() => lists.pageOf(rows, 5, null)).toThrow(BadInputError);
  expect([lists.listFirst, lists.pageFirst]).toEqual(['How many, 0 to 4 (default 3).', 'Page size, 0 to 4 (default 2).']);
});
