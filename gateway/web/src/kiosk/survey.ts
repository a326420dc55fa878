// The e-survey after a visit (1–5 and a comment), and the screens that close a session.
import { KioskFeedbackDocument, type QueueService } from '../__generated__/operations';
import { h } from '../shared/dom';
import type { Screen } from './app';
import type { GraphQLFailure } from '../shared/graphql';
import { errorMessage } from './i18n';
import { statusLine } from './widgets';

const THANKS_SECONDS = 8;

export function surveyScreen(ticket: { id: string | null; service: QueueService } | null): Screen {
  let rating = 0;
  let comment = '';
  let error: GraphQLFailure | null = null;
  return {
    personal: true,
    render(app) {
      const t = app.t;
      const status = statusLine(error && errorMessage(error, app.language, 'session'));
      const send = async (event: Event) => {
        event.preventDefault();
        if (!rating) return;
        const result = await app.run(
          KioskFeedbackDocument,
          {
            input: { service: ticket?.service ?? 'INFORMATION', rating, comment: comment.trim() || null, queueTicketId: ticket?.id ?? null },
          },
          'session',
        );
        if (!result.data?.submitServiceFeedback) {
          error = result.error ?? { code: 'INTERNAL_SERVER_ERROR' };
          app.render();
          return;
        }
        app.endSession(thanksScreen());
      };
      const commentField = h('textarea', { id: 'comment', name: 'comment', rows: 3, maxlength: 500, autocomplete: 'off' });
      commentField.value = comment;
      commentField.addEventListener('input', () => {
        comment = commentField.value;
      });
      return h(
        'form',
        { class: 'panel survey', onsubmit: send },
        h('h1', { tabindex: -1 }, t.surveyTitle),
        h('p', { class: 'lead', id: 'rating-help' }, t.surveyIntro),
        h(
          'div',
          { class: 'ratings', role: 'group', 'aria-describedby': 'rating-help' },
          ...[1, 2, 3, 4, 5].map((n) =>
            h(
              'button',
              {
                type: 'button',
                class: `rating ${rating === n ? 'rating-on' : ''}`,
                'aria-pressed': String(rating === n),
                onclick: () => {
                  rating = n;
                  app.render();
                },
              },
              h('span', { class: 'rating-number' }, String(n)),
              ' ',
              h('span', { class: 'rating-word' }, t.ratings[n - 1]),
            ),
          ),
        ),
        h('label', { for: 'comment' }, t.comment),
        commentField,
        status,
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', class: 'secondary', onclick: () => app.endSession(thanksScreen()) }, t.skip),
          h('button', { type: 'submit', class: 'primary', disabled: !rating }, t.send),
        ),
      );
    },
  };
}

/** After "Selesai", the survey or a timeout: nothing of the person, then the first screen again. */
export function thanksScreen(ended = false): Screen {
  let timer: number | undefined;
  return {
    render(app) {
      const t = app.t;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => app.restart(), THANKS_SECONDS * 1000);
      return h(
        'section',
        { class: 'panel thanks' },
        h('h1', { tabindex: -1 }, t.thanksTitle),
        h('p', { class: 'lead' }, ended ? t.sessionEnded : t.thanksText),
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              onclick: () => {
                window.clearTimeout(timer);
                app.restart();
              },
            },
            t.next,
          ),
        ),
      );
    },
  };
}
