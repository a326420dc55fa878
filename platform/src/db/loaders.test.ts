// The DataLoader builders put each fetched row back under its key, named by a property or read by a function.
import { loaderByKey, loaderOfLists } from './loaders';

interface Claim {
  id: string;
  nik: string;
  owner: { id: string };
}

// Ids and NIKs differ, and the rows come back in another order than the keys, so a key read from the wrong
// place, or a row put back by its position, gives the wrong answer.
const CLAIMS: Claim[] = [
  { id: 'c3', nik: '3171000000000002', owner: { id: 'p2' } },
  { id: 'c1', nik: '3171000000000001', owner: { id: 'p1' } },
  { id: 'c2', nik: '3171000000000001', owner: { id: 'p1' } },
];

const ownerOf = (claim: Claim) => claim.owner.id;

/** A fetch that answers from CLAIMS by the given field and counts its batches. */
function fetchBy(field: (claim: Claim) => string) {
  const fetch = async (keys: readonly string[]) => {
    fetch.batches += 1;
    return CLAIMS.filter((claim) => keys.includes(field(claim)));
  };
  fetch.batches = 0;
  return fetch;
}

describe('loaderByKey', () => {
  it('puts each row back under the property it names, null for a key no row has, in one fetch', async () => {
    const fetch = fetchBy((claim) => claim.nik);
    const loader = loaderByKey(fetch, 'nik');
    const rows = await loader.loadMany(['3171000000000002', '3171000000000009']);
    expect(rows).toEqual([CLAIMS[0], null]);
    expect(fetch.batches).toBe(1);
  });

  it('reads a nested key with a function', async () => {
    const loader = loaderByKey(fetchBy(ownerOf), ownerOf);
    expect((await loader.load('p2'))?.id).toBe('c3');
  });
});

describe('loaderOfLists', () => {
  it('groups the rows under the property it names, in fetch order, and an empty list for a parent without rows', async () => {
    const fetch = fetchBy((claim) => claim.nik);
    const loader = loaderOfLists(fetch, 'nik');
    const lists = await loader.loadMany(['3171000000000001', '3171000000000002', '3171000000000009']);
    expect(lists).toEqual([[CLAIMS[1], CLAIMS[2]], [CLAIMS[0]], []]);
    expect(fetch.batches).toBe(1);
  });

  it('groups by a nested key read with a function', async () => {
    const loader = loaderOfLists(fetchBy(ownerOf), ownerOf);
    expect((await loader.load('p1')).map((claim) => claim.id)).toEqual(['c1', 'c2']);
  });
});
