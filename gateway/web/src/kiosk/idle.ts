// Privacy at a shared screen: after `idleWarningSeconds` without a touch or key the person is asked
// whether they are still there; `idleGraceSeconds` later, or when the session's time is up, it ends.
import { h } from '../shared/dom';
import type { App } from './app';
import { thanksScreen } from './survey';

export function watchIdle(app: App): void {
  let lastActivity = Date.now();
  let dialog: HTMLElement | null = null;
  const close = () => {
    dialog?.remove();
    dialog = null;
  };
  const activity = () => {
    lastActivity = Date.now();
    close();
  };
  for (const type of ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const) document.addEventListener(type, activity, { capture: true, passive: true });

  const end = () => {
    close();
    app.endSession(thanksScreen(true));
  };
  window.setInterval(() => {
    if (!app.personal) {
      lastActivity = Date.now();
      close();
      return;
    }
    if (app.session && Date.now() >= app.session.endsAt) return end();
    const { idleWarningSeconds, idleGraceSeconds } = app.settings;
    const idle = (Date.now() - lastActivity) / 1000;
    if (idle >= idleWarningSeconds + idleGraceSeconds) return end();
    if (idle >= idleWarningSeconds) showWarning(Math.ceil(idleWarningSeconds + idleGraceSeconds - idle));
  }, 250);

  function showWarning(secondsLeft: number): void {
    const t = app.t;
    if (!dialog) {
      dialog = h(
        'div',
        { class: 'overlay' },
        h(
          'div',
          { class: 'dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'idle-title', 'aria-describedby': 'idle-text' },
          h('h2', { id: 'idle-title' }, t.idleTitle),
          h('p', { id: 'idle-text' }),
          h('button', { type: 'button', class: 'primary', onclick: activity }, t.stay),
        ),
      );
      document.body.append(dialog);
      dialog.querySelector('button')?.focus();
    }
    const text = dialog.querySelector('#idle-text');
    const message = t.idleText(secondsLeft);
    if (text && text.textContent !== message) text.textContent = message;
  }
}
