import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import QRCode from 'qrcode';
import { QR_IMAGE_OPTIONS, renderCardPdf } from './card-pdf';

const input = {
  agency: 'TASPEN' as const,
  title: 'Kartu Peserta Taspen (KPT)',
  number: 'KPT-198503122010011001',
  holderName: 'Budi Santoso',
  issuedAt: '2020-01-15',
  verificationCode: 'eyJhbGciOiJFZERTQSJ9.eyJhIjoiVEFTUEVOIn0.c2lnbmF0dXJl',
  publicBase: 'https://hub.example.go.id',
  details: [{ label: 'NIP', value: '198503122010011001' }],
};

test('the card is a PDF holding an embedded image (the QR code)', async () => {
  const pdf = await renderCardPdf(input);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
});

test('the same card renders to the same bytes', async () => {
  const [a, b] = await Promise.all([renderCardPdf(input), renderCardPdf({ ...input })]);
  expect(a.equals(b)).toBe(true);
});

test('a renewed card (new verification code) is rendered anew, not served from the cache', async () => {
  const first = await renderCardPdf(input);
  const renewed = await renderCardPdf({ ...input, verificationCode: `${input.verificationCode}x` });
  expect(renewed.equals(first)).toBe(false);
});

test('names outside the standard font’s alphabet still render', async () => {
  const pdf = await renderCardPdf({ ...input, holderName: 'Ṣiti Ñurhaliza 李' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

/** The inflated pixel streams of every image in a PDF (pdf-lib stores a PNG as raw pixels). */
function imagePixels(pdf: PDFDocument): Buffer[] {
  return pdf.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFRawStream => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))
    .map((image) => inflateSync(Buffer.from(image.contents)));
}

async function pixelsOfQr(text: string): Promise<Buffer[]> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(await QRCode.toBuffer(text, QR_IMAGE_OPTIONS));
  await image.embed();
  return imagePixels(pdf);
}

test('the QR code opens the public check page of this card: <public base>/verify/<verificationCode>', async () => {
  const card = imagePixels(await PDFDocument.load(await renderCardPdf(input)));
  const [url] = await pixelsOfQr(`https://hub.example.go.id/verify/${input.verificationCode}`);
  const [bare] = await pixelsOfQr(input.verificationCode);
  expect(card.some((pixels) => pixels.equals(url))).toBe(true);
  expect(card.some((pixels) => pixels.equals(bare))).toBe(false);
});
