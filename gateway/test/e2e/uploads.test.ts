// POST /uploads and GET /uploads/:id through the gateway: type by first bytes, size cap, owner only.
import { createHash } from 'node:crypto';
import { useTestHub } from '../support/test-hub';
import { BUDI, SITI, participantToken } from '../support/tokens';
import { JPEG_BYTES, PDF_BYTES, PNG_BYTES, upload } from '../support/uploads';

const hub = useTestHub();
let [budi, siti] = ['', ''];

beforeAll(async () => {
  [budi, siti] = await Promise.all([participantToken(hub, BUDI), participantToken(hub, SITI)]);
});

test('a PDF upload is stored and described with its SHA-256, type and size', async () => {
  const result = await upload(hub.baseUrl, budi, PDF_BYTES, { type: 'image/png', fileName: 'surat.pdf' });
  expect(result.status).toBe(201);
  expect(result.body).toEqual({
    id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    sha256: createHash('sha256').update(PDF_BYTES).digest('hex'),
    contentType: 'application/pdf',
    size: PDF_BYTES.length,
  });
});

test('JPEG and PNG photos are accepted, judged by their first bytes', async () => {
  expect((await upload(hub.baseUrl, budi, JPEG_BYTES)).body.contentType).toBe('image/jpeg');
  expect((await upload(hub.baseUrl, budi, PNG_BYTES)).body.contentType).toBe('image/png');
});

test('a file of another type is refused with 415 whatever its name or declared type', async () => {
  const html = Buffer.from('<html><body>%PDF-</body></html>');
  const result = await upload(hub.baseUrl, budi, html, { type: 'application/pdf', fileName: 'fake.pdf' });
  expect(result.status).toBe(415);
});

test('a file over 5 MiB is refused with 413, one of exactly 5 MiB is accepted', async () => {
  const limit = 5 * 1024 * 1024;
  const exact = Buffer.concat([PDF_BYTES, Buffer.alloc(limit - PDF_BYTES.length, 0x20)]);
  expect((await upload(hub.baseUrl, budi, exact)).status).toBe(201);
  const over = Buffer.concat([exact, Buffer.from(' ')]);
  expect((await upload(hub.baseUrl, budi, over)).status).toBe(413);
});

test('an upload without a bearer token, or with a forged one, is refused with 401', async () => {
  expect((await upload(hub.baseUrl, undefined, PDF_BYTES)).status).toBe(401);
  expect((await upload(hub.baseUrl, `${budi}x`, PDF_BYTES)).status).toBe(401);
});

test('an upload in another field, or an empty file, is bad input', async () => {
  expect((await upload(hub.baseUrl, budi, PDF_BYTES, { field: 'document' })).status).toBe(400);
  expect((await upload(hub.baseUrl, budi, Buffer.alloc(0))).status).toBe(400);
});

test('the uploader reads the document back; another participant gets 404 and no token 401', async () => {
  const { body } = await upload(hub.baseUrl, budi, PDF_BYTES);
  const own = await fetch(`${hub.baseUrl}/uploads/${body.id}`, { headers: { authorization: `Bearer ${budi}` } });
  expect(own.status).toBe(200);
  expect(own.headers.get('content-type')).toBe('application/pdf');
  expect(Buffer.from(await own.arrayBuffer()).equals(PDF_BYTES)).toBe(true);
  const foreign = await fetch(`${hub.baseUrl}/uploads/${body.id}`, { headers: { authorization: `Bearer ${siti}` } });
  expect(foreign.status).toBe(404);
  expect((await fetch(`${hub.baseUrl}/uploads/${body.id}`)).status).toBe(401);
});

test('a forged signed link to a document is refused', async () => {
  const { body } = await upload(hub.baseUrl, budi, PDF_BYTES);
  const exp = Math.floor(Date.now() / 1000) + 600;
  const response = await fetch(`${hub.baseUrl}/uploads/${body.id}?exp=${exp}&sig=${'0'.repeat(64)}`);
  expect(response.status).toBe(403);
});
