// GET /verify/<code>: the public card check a phone opens from a card's QR code — valid or not, the
// agency, card number, the holder's name masked and the issue date. Bahasa Indonesia first.
import './verify.css';
import { CardCheckDocument, type CardCheckQuery } from '../__generated__/operations';
import { h, replaceContent } from '../shared/dom';
import { longDate, type Language } from '../shared/format';
import { graphql } from '../shared/graphql';

const TEXTS = {
  id: {
    title: 'Cek Kartu Peserta',
    valid: 'Kartu sah',
    validNote: 'Kartu ini diterbitkan oleh lembaga di bawah dan masih berlaku.',
    invalid: 'Kartu tidak sah',
    invalidNote: 'Kode ini tidak dikenal, sudah diganti, atau telah diubah. Jangan terima kartu ini sebagai bukti kepesertaan.',
    agency: 'Lembaga',
    cardNumber: 'Nomor kartu',
    holder: 'Nama pemegang',
    issuedAt: 'Tanggal terbit',
    unavailable: 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
  },
  en: {
    title: 'Participant card check',
    valid: 'Valid card',
    validNote: 'This card was issued by the agency below and is still in force.',
    invalid: 'Not a valid card',
    invalidNote: 'This code is unknown, was replaced, or has been altered. Do not accept this card as proof of participation.',
    agency: 'Agency',
    cardNumber: 'Card number',
    holder: 'Holder',
    issuedAt: 'Issued',
    unavailable: 'The service is not available right now. Try again shortly.',
    switchLanguage: 'Bahasa Indonesia',
    switchLanguageLabel: 'Ganti ke Bahasa Indonesia',
  },
};
const AGENCIES: Record<string, string> = { TASPEN: 'PT TASPEN (Persero)', BPJSTK: 'BPJS Ketenagakerjaan' };

type Verification = CardCheckQuery['verifyCard'];

function codeFromPath(): string {
  try {
    return decodeURIComponent(location.pathname.replace(/^\/verify\//, ''));
  } catch {
    return '';
  }
}

function render(root: HTMLElement, language: Language, result: Verification | null, toggle: () => void): void {
  const t = TEXTS[language];
  document.documentElement.lang = language;
  document.title = t.title;
  const rows = result?.valid
    ? h(
        'dl',
        {},
        h('dt', {}, t.agency),
        h('dd', {}, AGENCIES[result.agency ?? ''] ?? result.agency ?? ''),
        h('dt', {}, t.cardNumber),
        h('dd', { class: 'number' }, result.cardNumber ?? ''),
        h('dt', {}, t.holder),
        h('dd', {}, result.holderName ?? ''),
        h('dt', {}, t.issuedAt),
        h('dd', {}, result.issuedAt ? longDate(result.issuedAt, language) : ''),
      )
    : null;
  replaceContent(
    root,
    h(
      'header',
      { class: 'top' },
      h('span', {}, t.title),
      h(
        'button',
        { type: 'button', class: 'lang', lang: language === 'id' ? 'en' : 'id', 'aria-label': t.switchLanguageLabel, onclick: toggle },
        t.switchLanguage,
      ),
    ),
    result === null
      ? h('section', { class: 'result result-unknown' }, h('h1', {}, t.unavailable))
      : h(
          'section',
          { class: `result ${result.valid ? 'result-valid' : 'result-invalid'}` },
          h('div', { class: 'mark', 'aria-hidden': 'true' }, result.valid ? '✓' : '✗'),
          h('h1', {}, result.valid ? t.valid : t.invalid),
          h('p', {}, result.valid ? t.validNote : t.invalidNote),
          rows,
        ),
  );
}

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  let language: Language = 'id';
  const answer = await graphql(CardCheckDocument, { code: codeFromPath() });
  const result = answer.data?.verifyCard ?? null;
  const draw = () =>
    render(root, language, result, () => {
      language = language === 'id' ? 'en' : 'id';
      draw();
    });
  draw();
}

void start();
