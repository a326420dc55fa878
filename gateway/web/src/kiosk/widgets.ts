// Pieces the kiosk screens share: the on-screen numeric keypad, card QR codes, status lines.
import QRCode from 'qrcode';
import { h } from '../shared/dom';
import type { Texts } from './app';

/** A 3×4 keypad that types digits into `input` (up to its maxlength). */
export function keypad(input: HTMLInputElement, t: Texts, onChange: () => void = () => {}): HTMLElement {
  const max = input.maxLength > 0 ? input.maxLength : 64;
  const type = (digit: string) => {
    if (input.value.length < max) input.value += digit;
    onChange();
  };
  const key = (label: string, action: () => void, aria?: string, extra = '') =>
    h(
      'button',
      {
        type: 'button',
        class: `key ${extra}`,
        'aria-label': aria ?? label,
        onclick: () => {
          action();
          input.focus({ preventScroll: true });
        },
      },
      label,
    );
  return h(
    'div',
    { class: 'keypad', role: 'group', 'aria-label': input.labels?.[0]?.textContent ?? '' },
    ...['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((digit) => key(digit, () => type(digit))),
    key(
      'C',
      () => {
        input.value = '';
        onChange();
      },
      t.clear,
      'key-secondary',
    ),
    key('0', () => type('0')),
    key(
      '⌫',
      () => {
        input.value = input.value.slice(0, -1);
        onChange();
      },
      t.backspace,
      'key-secondary',
    ),
  );
}

/** A digits-only text field for the keypad (no on-screen keyboard of the OS, nothing remembered by the browser). */
export function digitsInput(id: string, maxLength: number): HTMLInputElement {
  const input = h('input', { id, name: id, type: 'text', inputmode: 'none', autocomplete: 'off', spellcheck: 'false', maxlength: maxLength, class: 'digits' });
  input.addEventListener('input', () => {
    input.value = input.value.replace(/\D/g, '').slice(0, maxLength);
  });
  return input;
}

/**
 * A code of exactly `field.length` digits typed on the keypad: the field (focused first), its keypad and the
 * submit button, enabled only while the code is whole. `onSubmit(send)` is the form's submit handler: with a
 * whole code it disables the button, says "loading" on `status` and runs `send`.
 */
export function digitsEntry(
  t: Texts,
  status: HTMLElement,
  field: { id: string; length: number; value: string; submitLabel: string },
  onChange: (value: string) => void,
) {
  const { length } = field;
  const input = digitsInput(field.id, length);
  input.value = field.value;
  input.setAttribute('data-autofocus', '');
  const submit = h('button', { type: 'submit', class: 'primary', disabled: field.value.length !== length }, field.submitLabel);
  const changed = () => {
    onChange(input.value);
    submit.disabled = input.value.length !== length;
  };
  input.addEventListener('input', changed);
  const onSubmit = (send: () => Promise<void>) => async (event: Event) => {
    event.preventDefault();
    if (input.value.length !== length) return;
    submit.disabled = true;
    status.textContent = t.loading;
    await send();
  };
  return { input, keypad: keypad(input, t, changed), submit, onSubmit };
}

/** The card's QR code (`<public base>/verify/<code>`, as on the printed card) as an inline SVG. */
export function cardQr(url: string, label: string): HTMLElement {
  const holder = h('div', { class: 'qr', role: 'img', 'aria-label': label });
  void QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }).then((svg) => {
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    parsed.setAttribute('aria-hidden', 'true');
    parsed.setAttribute('focusable', 'false');
    holder.append(document.importNode(parsed, true));
  });
  return holder;
}

/** The line under a form where errors and notices appear (read out by screen readers). */
export function statusLine(text?: string | null): HTMLParagraphElement {
  const line = h('p', { class: 'status', role: 'alert' });
  if (text) line.textContent = text;
  return line;
}
