// The printable card: one landscape page with the holder's data and the verification code as a
// QR image. Saved without object streams so the file stays plain and inspectable.
import { PDFDocument, rgb, StandardFonts, type PDFFont } from 'pdf-lib';
import QRCode from 'qrcode';
import type { AgencyName } from '../agency';
import { cardVerifyUrl } from './card-links';

export interface CardPdfInput {
  agency: AgencyName;
  /** Heading, e.g. `Kartu Peserta Taspen (KPT)`. */
  title: string;
  number: string;
  holderName: string;
  /** `YYYY-MM-DD` */
  issuedAt: string;
  verificationCode: string;
  /** Where the gateway is reached (`HUB_PUBLIC_URL`): the QR code opens `<publicBase>/verify/<code>`. */
  publicBase: string;
  /** Labelled lines below the name (NIK, NIP, employer, …), in order. */
  details?: Array<{ label: string; value: string }>;
}

const AGENCY_NAMES: Record<AgencyName, string> = { TASPEN: 'PT TASPEN (Persero)', BPJSTK: 'BPJS Ketenagakerjaan' };
const AGENCY_COLOURS: Record<AgencyName, [number, number, number]> = { TASPEN: [0.0, 0.33, 0.6], BPJSTK: [0.0, 0.55, 0.3] };

// Twice the ISO/IEC 7810 ID-1 size (85.6 × 54 mm) in points.
const WIDTH = 485;
const HEIGHT = 306;

/** The standard fonts speak WinAnsi only: fold accents and drop what cannot be drawn. */
function drawable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '?');
}

function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}-${month}-${year}`;
}

/**
 * The QR image: 4 pixels per module, so a card's code (about 60 modules a side) is a ~240-pixel PNG. Larger
 * images only cost time: pdf-lib decodes the PNG and deflates its pixels again in JavaScript, which took
 * most of a card download's CPU at 360 pixels.
 */
export const QR_IMAGE_OPTIONS = { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 4 } as const;

// Rendered cards by their whole input: a card changes only when it is renewed (a new verification code), and
// holders, kiosks and officers download the same one again and again.
const rendered = new Map<string, Promise<Buffer>>();
const RENDERED_MAX = 256;

/** The card as PDF bytes; identical inputs give identical bytes (and are rendered once). */
export function renderCardPdf(input: CardPdfInput): Promise<Buffer> {
  const key = JSON.stringify(input);
  const cached = rendered.get(key);
  if (cached) return cached;
  const pending = renderUncached(input);
  pending.catch(() => rendered.delete(key));
  if (rendered.size >= RENDERED_MAX) rendered.delete(rendered.keys().next().value as string);
  rendered.set(key, pending);
  return pending;
}

async function renderUncached(input: CardPdfInput): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const fixedDate = new Date(`${input.issuedAt}T00:00:00Z`);
  pdf.setTitle(drawable(`${input.title} ${input.number}`));
  pdf.setProducer('Participant Graph Hub');
  pdf.setCreator('Participant Graph Hub');
  pdf.setCreationDate(fixedDate);
  pdf.setModificationDate(fixedDate);
  const page = pdf.addPage([WIDTH, HEIGHT]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [r, g, b] = AGENCY_COLOURS[input.agency];

  page.drawRectangle({ x: 0, y: HEIGHT - 56, width: WIDTH, height: 56, color: rgb(r, g, b) });
  const text = (value: string, x: number, y: number, size: number, font: PDFFont, colour = rgb(0.1, 0.1, 0.1)) =>
    page.drawText(drawable(value), { x, y, size, font, color: colour });
  text(AGENCY_NAMES[input.agency], 20, HEIGHT - 26, 15, bold, rgb(1, 1, 1));
  text(input.title, 20, HEIGHT - 45, 11, regular, rgb(1, 1, 1));

  let y = HEIGHT - 88;
  text(input.holderName.toUpperCase(), 20, y, 14, bold);
  y -= 24;
  const lines = [{ label: 'No. Kartu', value: input.number }, ...(input.details ?? []), { label: 'Tanggal Terbit', value: formatDate(input.issuedAt) }];
  for (const line of lines) {
    text(line.label, 20, y, 9, regular, rgb(0.35, 0.35, 0.35));
    text(line.value, 110, y, 10, bold);
    y -= 17;
  }

  const qr = await QRCode.toBuffer(cardVerifyUrl(input.publicBase, input.verificationCode), QR_IMAGE_OPTIONS);
  const image = await pdf.embedPng(qr);
  const size = 150;
  page.drawImage(image, { x: WIDTH - size - 20, y: 36, width: size, height: size });
  text('Pindai untuk verifikasi kartu', WIDTH - size - 20, 22, 8, regular, rgb(0.35, 0.35, 0.35));

  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
