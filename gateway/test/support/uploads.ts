// Uploading test files through POST /uploads.
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
export const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
export const JPEG_BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

export interface UploadResponse {
  status: number;
  body: { id?: string; sha256?: string; contentType?: string; size?: number; error?: string };
}

export async function upload(
  baseUrl: string,
  token: string | undefined,
  bytes: Buffer,
  options: { field?: string; fileName?: string; type?: string } = {},
): Promise<UploadResponse> {
  const form = new FormData();
  form.append(options.field ?? 'file', new Blob([new Uint8Array(bytes)], { type: options.type ?? 'application/octet-stream' }), options.fileName ?? 'file.bin');
  const response = await fetch(`${baseUrl}/uploads`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return { status: response.status, body: (await response.json()) as UploadResponse['body'] };
}

/** Uploads a file and returns its id, failing the test when the upload is refused. */
export async function uploadId(baseUrl: string, token: string, bytes: Buffer = PDF_BYTES): Promise<string> {
  const result = await upload(baseUrl, token, bytes);
  if (result.status !== 201 || !result.body.id) throw new Error(`upload refused: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body.id;
}
