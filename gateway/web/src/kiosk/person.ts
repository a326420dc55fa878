// What a walk-in person sees after the SMS code: both agencies side by side — participation status,
// the KPT and KPJ cards with their verification QR codes, balances, submissions, claims and tickets.
import { KioskOverviewDocument, type KioskOverviewQuery } from '../__generated__/operations';
import { h } from '../shared/dom';
import { dateTime, longDate, rupiah } from '../shared/format';
import type { App, Screen, Texts } from './app';
import type { GraphQLFailure } from '../shared/graphql';
import { errorMessage } from './i18n';
import { serviceScreen } from './queue';
import { surveyScreen, thanksScreen } from './survey';
import { cardQr, statusLine } from './widgets';

type Person = NonNullable<NonNullable<KioskOverviewQuery['me']>['person']>;
type Card = { number: string; issuedAt: string; verificationCode: string } | null;

export function overviewScreen(): Screen {
  let person: Person | null = null;
  let error: GraphQLFailure | null = null;
  let loading = false;
  const screen: Screen = {
    personal: true,
    render(app) {
      const t = app.t;
      if (!person && !loading && !error) {
        loading = true;
        void app.run(KioskOverviewDocument, {}, 'session').then((result) => {
          loading = false;
          person = result.data?.me?.person ?? null;
          if (!person) error = result.error ?? { code: 'INTERNAL_SERVER_ERROR' };
          if (app.session) app.render();
        });
      }
      const status = statusLine(error && errorMessage(error, app.language, 'session'));
      const actions = h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', onclick: () => app.show(surveyScreen(null)) }, t.rateService),
        h('button', { type: 'button', class: 'secondary', onclick: () => app.show(serviceScreen()) }, t.bookTicket),
        h('button', { type: 'button', class: 'primary', onclick: () => app.endSession(thanksScreen()) }, t.done),
      );
      if (!person) return h('section', { class: 'panel' }, h('h1', { tabindex: -1 }, t.loading), status, actions);
      return h(
        'section',
        { class: 'overview' },
        h('h1', { tabindex: -1 }, t.hello(person.fullName ?? '')),
        h('p', { class: 'lead' }, t.overviewIntro),
        status,
        h('div', { class: 'agencies' }, taspenPanel(app, person.taspen), bpjsTkPanel(app, person.bpjsTk)),
        actions,
      );
    },
  };
  return screen;
}

function statusRow(t: Texts, status: string | null | undefined) {
  return h('p', { class: 'participation' }, `${t.status}: `, h('strong', {}, status ? (t.statuses[status] ?? status) : t.unavailable));
}

function cardBlock(app: App, title: string, card: Card) {
  const t = app.t;
  if (!card) return h('div', { class: 'card card-empty' }, h('h3', {}, title), h('p', {}, t.noCard));
  return h(
    'div',
    { class: 'card' },
    h(
      'div',
      { class: 'card-text' },
      h('h3', {}, title),
      h(
        'dl',
        {},
        h('dt', {}, t.cardNumber),
        h('dd', { class: 'card-number' }, card.number),
        h('dt', {}, t.issuedAt),
        h('dd', {}, longDate(card.issuedAt, app.language)),
      ),
    ),
    cardQr(`${app.settings.publicBase}/verify/${encodeURIComponent(card.verificationCode)}`, t.qrLabel(card.number)),
  );
}

function balance(app: App, label: string, amount: number | undefined, asOf: string | null | undefined) {
  const t = app.t;
  return h(
    'div',
    { class: 'balance' },
    h('span', { class: 'balance-label' }, label),
    h('span', { class: 'balance-amount' }, amount === undefined ? t.unavailable : rupiah(amount, app.language)),
    asOf ? h('span', { class: 'balance-date' }, t.asOf(longDate(asOf, app.language))) : null,
  );
}

function list(app: App, title: string, items: Array<{ id: string; label: string; status: string; at: string }>) {
  const t = app.t;
  return h(
    'div',
    { class: 'items' },
    h('h3', {}, title),
    items.length === 0
      ? h('p', { class: 'muted' }, t.none)
      : h(
          'ul',
          {},
          ...items.map((item) =>
            h(
              'li',
              {},
              h('span', { class: 'item-label' }, item.label),
              h('span', { class: `badge badge-${item.status.toLowerCase()}` }, t.itemStatuses[item.status] ?? item.status),
              h('span', { class: 'item-date' }, dateTime(item.at, app.language)),
            ),
          ),
        ),
  );
}

function taspenPanel(app: App, taspen: Person['taspen']) {
  const t = app.t;
  if (!taspen) return h('article', { class: 'agency agency-taspen' }, h('h2', {}, t.taspen), h('p', {}, t.notParticipant));
  const submissions = taspen.submissions?.nodes ?? [];
  return h(
    'article',
    { class: 'agency agency-taspen' },
    h('h2', {}, t.taspen),
    statusRow(t, taspen.status),
    cardBlock(app, t.kpt, taspen.card ?? null),
    balance(app, t.thtBalance, taspen.thtBalance?.amount, taspen.thtBalance?.asOf),
    list(
      app,
      t.submissions,
      submissions.map((s) => ({ id: s.id, label: `${t.submissionTypes[s.type] ?? s.type} · ${s.trackingCode}`, status: s.status, at: s.submittedAt })),
    ),
  );
}

function bpjsTkPanel(app: App, bpjsTk: Person['bpjsTk']) {
  const t = app.t;
  if (!bpjsTk) return h('article', { class: 'agency agency-bpjstk' }, h('h2', {}, t.bpjsTk), h('p', {}, t.notParticipant));
  const claims = bpjsTk.claims?.nodes ?? [];
  const tickets = bpjsTk.queueTickets ?? [];
  return h(
    'article',
    { class: 'agency agency-bpjstk' },
    h('h2', {}, t.bpjsTk),
    statusRow(t, bpjsTk.status),
    cardBlock(app, t.kpj, bpjsTk.card ?? null),
    balance(app, t.jhtBalance, bpjsTk.jhtBalance?.total, bpjsTk.jhtBalance?.asOf),
    list(
      app,
      t.claims,
      claims.map((c) => ({ id: c.id, label: c.trackingCode, status: c.status, at: c.submittedAt })),
    ),
    tickets.length
      ? list(
          app,
          t.tickets,
          tickets.map((q) => ({
            id: q.id,
            label: `${q.number} · ${t.services[q.service] ?? q.service} · ${q.branch?.name ?? ''}`,
            status: q.status,
            at: q.slotStartsAt,
          })),
        )
      : null,
  );
}
