// A walk-in person proves who they are: NIK on the keypad → a code texted to their account's phone →
// the code on the keypad gives a 5-minute session token for them alone. An unknown NIK is answered as a
// known one ("if this NIK has an account, a code was sent").
import { KioskStartDocument, KioskVerifyDocument, type KioskStartMutation } from '../__generated__/operations';
import { h } from '../shared/dom';
import type { App, Screen } from './app';
import type { GraphQLFailure } from '../shared/graphql';
import { errorMessage } from './i18n';
import { overviewScreen } from './person';
import { digitsEntry, statusLine } from './widgets';

type Challenge = NonNullable<KioskStartMutation['startKioskSession']>;

export function nikScreen(): Screen {
  let nik = '';
  let error: GraphQLFailure | null = null;
  const screen: Screen = {
    get personal() {
      return nik.length > 0;
    },
    render(app) {
      const t = app.t;
      const status = statusLine(error && errorMessage(error, app.language, 'walk-in'));
      const entry = digitsEntry(t, status, { id: 'nik', length: 16, value: nik, submitLabel: t.next }, (value) => (nik = value));
      const submit = entry.onSubmit(async () => {
        const result = await app.run(KioskStartDocument, { nik }, 'device');
        const challenge = result.data?.startKioskSession ?? null;
        // NOT_FOUND (no account for this NIK) continues exactly like a sent code: the screen tells nobody
        // whether a NIK has an account.
        if (!challenge && result.error?.code !== 'NOT_FOUND') {
          error = result.error ?? { code: 'INTERNAL_SERVER_ERROR' };
          app.render();
          return;
        }
        app.show(codeScreen(nik, challenge));
      });
      return h(
        'form',
        { class: 'panel walk-in', onsubmit: submit },
        h('h1', { tabindex: -1 }, t.nikTitle),
        h('p', { class: 'lead' }, t.nikIntro),
        h('label', { for: 'nik' }, t.nik),
        entry.input,
        entry.keypad,
        status,
        h('div', { class: 'actions' }, entry.submit),
      );
    },
  };
  return screen;
}

function codeScreen(nik: string, challenge: Challenge | null): Screen {
  let code = '';
  let error: GraphQLFailure | null = null;
  return {
    personal: true,
    render(app) {
      const t = app.t;
      const status = statusLine(error && errorMessage(error, app.language, 'walk-in'));
      const entry = digitsEntry(t, status, { id: 'code', length: 6, value: code, submitLabel: t.verify }, (value) => (code = value));
      const submit = entry.onSubmit(async () => {
        if (!challenge) {
          // No account: every code is wrong, as it would be for a code never received.
          code = '';
          error = { code: 'OTP_INVALID' };
          app.render();
          return;
        }
        const result = await app.run(KioskVerifyDocument, { challengeId: challenge.id, code }, 'device');
        const session = result.data?.verifyKioskSession;
        if (!session) {
          code = '';
          error = result.error ?? { code: 'INTERNAL_SERVER_ERROR' };
          app.render();
          return;
        }
        const endsAt = Math.min(new Date(session.expiresAt).getTime(), Date.now() + app.settings.sessionMaxSeconds * 1000);
        app.session = { token: session.accessToken, endsAt };
        app.show(overviewScreen());
      });
      const resend = async () => {
        const result = await app.run(KioskStartDocument, { nik }, 'device');
        if (result.data?.startKioskSession) challenge = result.data.startKioskSession;
        error = result.data?.startKioskSession || result.error?.code === 'NOT_FOUND' ? null : (result.error ?? { code: 'INTERNAL_SERVER_ERROR' });
        code = '';
        app.render();
      };
      // The resend waits until the challenge allows it (the hub's own 60 seconds), counting down on the button.
      const resendButton = h('button', { type: 'button', class: 'secondary', onclick: resend }, t.resend);
      const resendAt = challenge?.resendAvailableAt ? new Date(challenge.resendAvailableAt).getTime() : 0;
      const tick = (first = false) => {
        const wait = Math.ceil((resendAt - Date.now()) / 1000);
        resendButton.disabled = wait > 0;
        resendButton.textContent = wait > 0 ? t.resendIn(wait) : t.resend;
        // Stops once this screen is replaced (a re-render makes a new button with its own countdown).
        if (wait > 0 && (first || resendButton.isConnected)) window.setTimeout(() => tick(), 1000);
      };
      tick(true);
      return h(
        'form',
        { class: 'panel walk-in', onsubmit: submit },
        h('h1', { tabindex: -1 }, t.codeTitle),
        h('p', { class: 'lead' }, challenge ? t.codeSentTo(challenge.destination) : t.codeSentToAccount),
        h('label', { for: 'code' }, t.code),
        entry.input,
        entry.keypad,
        status,
        h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => app.restart() }, t.back), resendButton, entry.submit),
      );
    },
  };
}
