// GET /kiosk: the MPP kiosk application. Settings come from the page's data attributes (the server's
// config); the kiosk is enrolled once with its device token, then serves one walk-in person at a time.
import './kiosk.css';
import { App, type Settings } from './app';
import { describeDevice, enrolScreen, loadBranches } from './enrol';
import { watchIdle } from './idle';
import { nikScreen } from './walk-in';

function settingsOf(data: DOMStringMap): Settings {
  const seconds = (value: string | undefined, fallback: number) => (Number(value) > 0 ? Number(value) : fallback);
  return {
    idleWarningSeconds: seconds(data.idleWarningSeconds, 60),
    idleGraceSeconds: seconds(data.idleGraceSeconds, 30),
    sessionMaxSeconds: seconds(data.sessionMaxSeconds, 300),
    publicBase: (data.publicBase || location.origin).replace(/\/+$/, ''),
  };
}

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  const app = new App(root, settingsOf(document.body.dataset), nikScreen);
  const branches = await loadBranches(app);
  const stored = app.storedDevice();
  if (!stored) {
    app.show(enrolScreen(branches));
  } else {
    const device = await describeDevice(app, stored.token, stored.branchId, branches);
    if ('error' in device) {
      app.forgetDevice();
      app.show(enrolScreen(branches, device.error));
    } else {
      app.device = device;
      app.restart();
    }
  }
  watchIdle(app);
}

void start();
