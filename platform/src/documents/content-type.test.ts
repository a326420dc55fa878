import { sniffContentType } from './content-type';

test('PDF, JPEG and PNG are recognised by their first bytes', () => {
  expect(sniffContentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
  expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toBe('image/jpeg');
  expect(sniffContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('image/png');
});

test('anything else, or too few bytes to tell, is refused', () => {
  expect(sniffContentType(Buffer.from('GIF89a'))).toBeNull();
  expect(sniffContentType(Buffer.from('<html>%PDF-'))).toBeNull();
  expect(sniffContentType(Buffer.from('%PDF'))).toBeNull();
  expect(sniffContentType(Buffer.alloc(0))).toBeNull();
});
