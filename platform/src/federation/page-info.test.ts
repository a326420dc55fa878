// Pages of a loaded list: `after` continues where the previous page ended, and a foreign cursor is bad input.
import { BadInputError } from '../errors';
import { encodeIdCursor, pageOfList } from './page-info';

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
