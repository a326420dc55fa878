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

function list(app: App, title: string, items: Array<{ label: string; status: string; at: string }>) {
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

/** What an agency's column shows of a participant: the status, the card, one balance and the lists under them. */
interface Participation {
  status: string | null | undefined;
  card: [title: string, card: Card];
  balance: [label: string, amount: number | undefined, asOf: string | null | undefined];
  lists: Array<HTMLElement | null>;
}

/** One agency's column: its name, then the participation, or a line saying the person has none there. */
function agencyPanel(app: App, agency: 'taspen' | 'bpjstk', name: string, participation: Participation | null) {
  const t = app.t;
  if (!participation) return h('article', { class: `agency agency-${agency}` }, h('h2', {}, name), h('p', {}, t.notParticipant));
  return h(
    'article',
    { class: `agency agency-${agency}` },
    h('h2', {}, name),
    statusRow(t, participation.status),
    cardBlock(app, ...participation.card),
    balance(app, ...participation.balance),
    ...participation.lists,
  );
}

function taspenPanel(app: App, taspen: Person['taspen']) {
  const t = app.t;
  if (!taspen) return agencyPanel(app, 'taspen', t.taspen, null);
  const submissions = (taspen.submissions?.nodes ?? []).map((s) => ({
    label: `${t.submissionTypes[s.type] ?? s.type} · ${s.trackingCode}`,
    status: s.status,
    at: s.submittedAt,
  }));
  return agencyPanel(app, 'taspen', t.taspen, {
    status: taspen.status,
    card: [t.kpt, taspen.card ?? null],
    balance: [t.thtBalance, taspen.thtBalance?.amount, taspen.thtBalance?.asOf],
    lists: [list(app, t.submissions, submissions)],
  });
}

function bpjsTkPanel(app: App, bpjsTk: Person['bpjsTk']) {
  const t = app.t;
  if (!bpjsTk) return agencyPanel(app, 'bpjstk', t.bpjsTk, null);
  const claims = (bpjsTk.claims?.nodes ?? []).map((c) => ({ label: c.trackingCode, status: c.status, at: c.submittedAt }));
  const tickets = bpjsTk.queueTickets ?? [];
  return agencyPanel(app, 'bpjstk', t.bpjsTk, {
    status: bpjsTk.status,
    card: [t.kpj, bpjsTk.card ?? null],
    balance: [t.jhtBalance, bpjsTk.jhtBalance?.total, bpjsTk.jhtBalance?.asOf],
    lists: [
      list(app, t.claims, claims),
      tickets.length
        ? list(
            app,
            t.tickets,
            tickets.map((q) => ({
              label: `${q.number} · ${t.services[q.service] ?? q.service} · ${q.branch?.name ?? ''}`,
              status: q.status,
              at: q.slotStartsAt,
            })),
          )
        : null,
    ],
  });
}
