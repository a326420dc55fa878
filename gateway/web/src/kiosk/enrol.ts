// Enrolment, once per kiosk: staff enter or scan the device token the hub admin was given by
// registerKiosk, and choose the kiosk's branch office (its queue tickets list that branch first).
import { KioskBranchesDocument, KioskDeviceDocument } from '../__generated__/operations';
import { h } from '../shared/dom';
import type { App, Branch, Device, Screen } from './app';
import { errorMessage } from './i18n';
import { statusLine } from './widgets';

export async function loadBranches(app: App): Promise<Branch[]> {
  const result = await app.run(KioskBranchesDocument, { first: 50 }, 'public');
  return result.data?.branchOffices ?? [];
}

/** The stored device token, checked with the hub: the kiosk's name and location, or null. */
export async function describeDevice(app: App, token: string, branchId: string | null, branches: Branch[]): Promise<Device | { error: string }> {
  const previous = app.device;
  app.device = { token, name: '', location: '', branch: null };
  const result = await app.run(KioskDeviceDocument, {}, 'device');
  app.device = previous;
  const kiosk = result.data?.kioskDevice;
  if (!kiosk) return { error: errorMessage(result.error ?? { code: 'UNAUTHENTICATED' }, app.language, 'device') };
  return { token, name: kiosk.name, location: kiosk.location, branch: branches.find((b) => b.id === branchId) ?? null };
}

export function enrolScreen(branches: Branch[], notice?: string): Screen {
  let token = '';
  let branchId = branches[0]?.id ?? '';
  return {
    render(app) {
      const t = app.t;
      const status = statusLine(notice);
      const tokenField = h('textarea', { id: 'device-token', name: 'device-token', rows: 4, autocomplete: 'off', spellcheck: 'false', 'data-autofocus': true });
      tokenField.value = token;
      tokenField.addEventListener('input', () => {
        token = tokenField.value.trim();
      });
      const branchField = h(
        'select',
        { id: 'branch', name: 'branch' },
        ...branches.map((branch) => h('option', { value: branch.id, selected: branch.id === branchId }, `${branch.name} (${branch.city})`)),
      );
      branchField.addEventListener('change', () => {
        branchId = branchField.value;
      });
      const submit = async (event: Event) => {
        event.preventDefault();
        if (!token) return;
        status.textContent = t.loading;
        const device = await describeDevice(app, token, branchId, branches);
        if ('error' in device) {
          status.textContent = device.error;
          return;
        }
        app.saveDevice(device);
        notice = undefined;
        app.restart();
      };
      return h(
        'form',
        { class: 'panel enrol', onsubmit: submit },
        h('h1', { tabindex: -1 }, t.enrolTitle),
        h('p', {}, t.enrolIntro),
        h('label', { for: 'device-token' }, t.deviceToken),
        tokenField,
        h('label', { for: 'branch' }, t.branch),
        branchField,
        status,
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t.enrol)),
      );
    },
  };
}
