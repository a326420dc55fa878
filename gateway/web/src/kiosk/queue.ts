// Booking a queue ticket: a service, a branch (the kiosk's own first, the nearest others after), a
// free slot of the next working day that has one; then the ticket, to print or to cancel.
import {
  KioskBookDocument,
  KioskCancelDocument,
  KioskNearestBranchesDocument,
  KioskSlotsDocument,
  type KioskBookMutation,
  type KioskNearestBranchesQuery,
  type QueueService,
} from '../__generated__/operations';
import { h } from '../shared/dom';
import { dateTime, jakartaDate, longDate, time } from '../shared/format';
import type { App, Screen } from './app';
import type { GraphQLFailure } from '../shared/graphql';
import { errorMessage } from './i18n';
import { overviewScreen } from './person';
import { surveyScreen } from './survey';
import { statusLine } from './widgets';

type Ticket = NonNullable<KioskBookMutation['bookQueueTicket']>;
type NearBranch = KioskNearestBranchesQuery['branchOffices'][number];
const SERVICES: QueueService[] = ['JHT_CLAIM', 'REGISTRATION', 'INFORMATION', 'COMPLAINT'];

const backToOverview = (app: App) => h('button', { type: 'button', class: 'secondary', onclick: () => app.show(overviewScreen()) }, app.t.back);

export function serviceScreen(): Screen {
  return {
    personal: true,
    render(app) {
      const t = app.t;
      return h(
        'section',
        { class: 'panel' },
        h('h1', { tabindex: -1 }, t.serviceTitle),
        h(
          'div',
          { class: 'choices' },
          ...SERVICES.map((service) => h('button', { type: 'button', class: 'choice', onclick: () => app.show(branchScreen(service)) }, t.services[service])),
        ),
        h('div', { class: 'actions' }, backToOverview(app)),
      );
    },
  };
}

function branchScreen(service: QueueService): Screen {
  let branches: NearBranch[] | null = null;
  let error: GraphQLFailure | null = null;
  return {
    personal: true,
    render(app) {
      const t = app.t;
      const own = app.device?.branch;
      if (!branches && !error) {
        void app
          .run(KioskNearestBranchesDocument, { latitude: own?.latitude ?? 0, longitude: own?.longitude ?? 0, first: own ? 4 : 6 }, 'session')
          .then((result) => {
            branches = result.data?.branchOffices ?? null;
            if (!branches) error = result.error ?? { code: 'INTERNAL_SERVER_ERROR' };
            if (app.session) app.render();
          });
      }
      const status = statusLine(error && errorMessage(error, app.language, 'session'));
      return h(
        'section',
        { class: 'panel' },
        h('h1', { tabindex: -1 }, t.branchTitle),
        h('p', { class: 'lead' }, t.services[service]),
        branches
          ? h(
              'div',
              { class: 'choices choices-wide' },
              ...branches.map((branch) =>
                h(
                  'button',
                  { type: 'button', class: 'choice', onclick: () => app.show(slotScreen(service, branch)) },
                  h('span', { class: 'choice-title' }, branch.name),
                  h(
                    'span',
                    { class: 'choice-note' },
                    branch.id === own?.id
                      ? t.thisBranch
                      : branch.distanceKm !== null && branch.distanceKm !== undefined
                        ? `${branch.city} · ${t.km(branch.distanceKm)}`
                        : branch.city,
                  ),
                ),
              ),
            )
          : h('p', {}, t.loading),
        status,
        h('div', { class: 'actions' }, backToOverview(app)),
      );
    },
  };
}

/** The first working day from today with a free slot that has not begun, and its free slots. */
async function nextFreeSlots(app: App, service: QueueService, branchId: string) {
  for (let day = 0; day < 8; day++) {
    const date = jakartaDate(day);
    const result = await app.run(KioskSlotsDocument, { branchId, date, service }, 'session');
    if (!result.data) return { error: result.error };
    const free = result.data.queueSlots.filter((slot) => slot.available > 0 && new Date(slot.startsAt).getTime() > Date.now() + 60_000);
    if (free.length) return { date, slots: free.slice(0, 8) };
  }
  return { date: null, slots: [] };
}

function slotScreen(service: QueueService, branch: NearBranch): Screen {
  let found: { date: string | null; slots: Array<{ startsAt: string; available: number }> } | null = null;
  let error: GraphQLFailure | null = null;
  let busy = false;
  return {
    personal: true,
    render(app) {
      const t = app.t;
      if (!found && !error) {
        void nextFreeSlots(app, service, branch.id).then((result) => {
          if ('error' in result) error = result.error ?? { code: 'INTERNAL_SERVER_ERROR' };
          else found = result;
          if (app.session) app.render();
        });
      }
      const status = statusLine(error && errorMessage(error, app.language, 'session'));
      const book = async (startsAt: string) => {
        if (busy) return;
        busy = true;
        status.textContent = t.loading;
        const result = await app.run(
          KioskBookDocument,
          { input: { branchId: branch.id, service, slotStartsAt: startsAt, idempotencyKey: crypto.randomUUID() } },
          'session',
        );
        busy = false;
        const ticket = result.data?.bookQueueTicket;
        if (!ticket) {
          error = result.error ?? { code: 'INTERNAL_SERVER_ERROR' };
          found = null;
          app.render();
          return;
        }
        app.show(ticketScreen(ticket));
      };
      return h(
        'section',
        { class: 'panel' },
        h('h1', { tabindex: -1 }, t.slotTitle),
        h('p', { class: 'lead' }, `${t.services[service]} · ${branch.name}`),
        !found
          ? h('p', {}, t.loading)
          : found.date === null
            ? h('p', {}, t.noSlots)
            : h(
                'div',
                {},
                h('p', {}, t.slotsOn(longDate(found.date, app.language))),
                h(
                  'div',
                  { class: 'choices' },
                  ...found.slots.map((slot) =>
                    h(
                      'button',
                      { type: 'button', class: 'choice', onclick: () => book(slot.startsAt) },
                      h('span', { class: 'choice-title' }, time(slot.startsAt, app.language)),
                      h('span', { class: 'choice-note' }, t.seatsLeft(slot.available)),
                    ),
                  ),
                ),
              ),
        status,
        h('div', { class: 'actions' }, backToOverview(app)),
      );
    },
  };
}

function ticketScreen(ticket: Ticket): Screen {
  let status = ticket.status;
  let error: GraphQLFailure | null = null;
  return {
    personal: true,
    render(app) {
      const t = app.t;
      const line = statusLine(error ? errorMessage(error, app.language, 'session') : status === 'CANCELLED' ? t.cancelled : '');
      const cancel = async () => {
        const result = await app.run(KioskCancelDocument, { id: ticket.id }, 'session');
        if (result.data?.cancelQueueTicket) status = result.data.cancelQueueTicket.status;
        else error = result.error ?? { code: 'INTERNAL_SERVER_ERROR' };
        app.render();
      };
      return h(
        'section',
        { class: 'panel' },
        h('h1', { tabindex: -1 }, t.ticketTitle),
        h(
          'div',
          { class: `ticket ${status === 'CANCELLED' ? 'ticket-cancelled' : ''}`, 'aria-label': t.ticketTitle },
          h('p', { class: 'ticket-label' }, t.ticketNumber),
          h('p', { class: 'ticket-number' }, ticket.number),
          h(
            'dl',
            {},
            h('dt', {}, t.service),
            h('dd', {}, t.services[ticket.service] ?? ticket.service),
            h('dt', {}, t.time),
            h('dd', {}, dateTime(ticket.slotStartsAt, app.language)),
            h('dt', {}, t.branchLabel),
            h('dd', {}, ticket.branch?.name ?? ''),
            h('dt', {}, t.status),
            h('dd', { class: 'ticket-status' }, t.itemStatuses[status] ?? status),
          ),
        ),
        line,
        h(
          'div',
          { class: 'actions' },
          status === 'BOOKED' ? h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, t.print) : null,
          status === 'BOOKED' ? h('button', { type: 'button', class: 'secondary danger', onclick: cancel }, t.cancelTicket) : null,
          h(
            'button',
            { type: 'button', class: 'primary', onclick: () => app.show(surveyScreen(status === 'BOOKED' ? ticket : { ...ticket, id: null })) },
            t.toSurvey,
          ),
        ),
      );
    },
  };
}
