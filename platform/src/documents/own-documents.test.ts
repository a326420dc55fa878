// "The cited documents are mine": only the caller's own uploads come back, whoever else's ids are cited.
import type { Caller } from '../auth/caller';
import { documentOwnerOf, ownDocuments, type DocumentMeta } from './document-store';

const participant: Caller = { kind: 'participant', accountId: 'acc-1', nik: '3173051203850001', sessionId: 's', stepUpAt: null };
const meta = (id: string, ownerAccountId: string): DocumentMeta => ({
  id,
  ownerAccountId,
  contentType: 'application/pdf',
  size: 1,
  sha256: 'x',
  fileName: null,
  createdAt: new Date(0),
});
const store = { metadata: async (ids: readonly string[]) => [meta('mine', 'acc-1'), meta('theirs', 'acc-2')].filter((m) => ids.includes(m.id)) };

test('keeps the caller’s own documents and drops someone else’s and unknown ones', async () => {
  const own = await ownDocuments(store, participant, ['mine', 'theirs', 'missing']);
  expect([...own.keys()]).toEqual(['mine']);
  expect(documentOwnerOf(participant)).toBe('acc-1');
});

test('an anonymous caller owns nothing (the store is not asked)', async () => {
  let asked = false;
  const own = await ownDocuments({ metadata: async () => ((asked = true), []) }, { kind: 'anonymous' }, ['mine']);
  expect(own.size).toBe(0);
  expect(asked).toBe(false);
});
