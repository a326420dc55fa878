// The document store has one owner: the identity service writes and reads platform.document, and the
// gateway's /uploads (and the agencies' checks of cited documents) reach it through signed internal calls.
import { useTestHub } from '../support/test-hub';
import { BUDI, participantToken } from '../support/tokens';
import { PDF_BYTES, upload } from '../support/uploads';
import { DOCUMENT_PATHS } from '#platform/documents/http-document-store';

const hub = useTestHub();
let budi: string;

beforeAll(async () => {
  budi = await participantToken(hub, BUDI);
  // Test-only: which connection writes each document (every service's connections name their service).
  await hub.pool.query(`
    create table public.document_writer (id uuid, application_name text);
    create function public.note_document_writer() returns trigger language plpgsql as $$
    begin
      insert into public.document_writer values (new.id, current_setting('application_name'));
      return new;
    end $$;
    create trigger note_document_writer after insert on platform.document for each row execute function public.note_document_writer();`);
});

test('an upload through the gateway is written by the identity service, the owner of platform.document', async () => {
  const result = await upload(hub.baseUrl, budi, PDF_BYTES);
  expect(result.status).toBe(201);
  const { rows } = await hub.pool.query('select application_name from public.document_writer where id = $1', [result.body.id]);
  expect(rows).toEqual([{ application_name: 'hub-identity' }]);
});

test("the owner's document routes refuse calls that are not signed with the services' secret", async () => {
  const identity = new URL('/', hub.services.identity.url);
  for (const path of Object.values(DOCUMENT_PATHS)) {
    const response = await fetch(new URL(path, identity), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-timestamp': String(Math.floor(Date.now() / 1000)), 'x-hub-service-signature': 'f'.repeat(64) },
      body: JSON.stringify({ ids: [], id: '00000000-0000-4000-8000-000000000000', ownerAccountId: 'x', since: new Date().toISOString() }),
    });
    expect({ path, status: response.status }).toEqual({ path, status: 401 });
  }
  const { rows } = await hub.pool.query('select count(*)::int as n from platform.document');
  expect(rows[0].n).toBe(1);
});

test('a stored document is read back through the owner, bytes and all, and an unknown one is not found', async () => {
  const stored = await upload(hub.baseUrl, budi, PDF_BYTES, { fileName: 'surat.pdf' });
  const opened = await hub.platform.documents.open(stored.body.id!);
  expect(opened?.bytes.equals(PDF_BYTES)).toBe(true);
  expect(opened?.meta).toMatchObject({ id: stored.body.id, contentType: 'application/pdf', size: PDF_BYTES.length, fileName: 'surat.pdf' });
  expect(opened?.meta.createdAt).toBeInstanceOf(Date);
  await expect(hub.platform.documents.open('00000000-0000-4000-8000-000000000000')).resolves.toBeNull();
  const metas = await hub.platform.documents.metadata([stored.body.id!, 'not-an-id']);
  expect(metas.map((m) => m.id)).toEqual([stored.body.id]);
  await expect(hub.platform.documents.usageSince(opened!.meta.ownerAccountId, new Date(Date.now() - 60_000))).resolves.toEqual({
    files: 2,
    bytes: 2 * PDF_BYTES.length,
  });
});
