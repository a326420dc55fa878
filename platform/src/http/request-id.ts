// Request ids: a client's or the gateway's `x-request-id` is kept only when it is short and plain
// (letters, digits and . _ : -, at most 128), so that it cannot forge log lines or cost time in masking.
import { randomUUID } from 'node:crypto';

const PLAIN = /^[A-Za-z0-9._:-]+$/;
export const MAX_REQUEST_ID_LENGTH = 128;

export function requestIdFrom(header: string | undefined | null): string {
  return header && header.length <= MAX_REQUEST_ID_LENGTH && PLAIN.test(header) ? header : randomUUID();
}
