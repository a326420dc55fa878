// Judging an upload's type by its first bytes (never by its name or declared type).
import type { DocumentContentType } from './document-store';

const SIGNATURES: Array<{ type: DocumentContentType; magic: number[] }> = [
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
];

/** Bytes needed to decide. */
export const SNIFF_BYTES = 5;

export function sniffContentType(head: Buffer): DocumentContentType | null {
  const match = SIGNATURES.find(({ magic }) => head.length >= magic.length && magic.every((byte, i) => head[i] === byte));
  return match?.type ?? null;
}
