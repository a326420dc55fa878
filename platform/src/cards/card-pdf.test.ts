import { renderCardPdf } from './card-pdf';

const input = {
  agency: 'TASPEN' as const,
  title: 'Kartu Peserta Taspen (KPT)',
  number: 'KPT-198503122010011001',
  holderName: 'Budi Santoso',
  issuedAt: '2020-01-15',
  verificationCode: 'eyJhbGciOiJFZERTQSJ9.eyJhIjoiVEFTUEVOIn0.c2lnbmF0dXJl',
  details: [{ label: 'NIP', value: '198503122010011001' }],
};

test('the card is a PDF holding an embedded image (the QR code)', async () => {
  const pdf = await renderCardPdf(input);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
});

test('the same card renders to the same bytes', async () => {
  const [a, b] = await Promise.all([renderCardPdf(input), renderCardPdf(input)]);
  expect(a.equals(b)).toBe(true);
});

test('names outside the standard font’s alphabet still render', async () => {
  const pdf = await renderCardPdf({ ...input, holderName: 'Ṣiti Ñurhaliza 李' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
