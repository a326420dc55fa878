// The kiosk application's state and the one place that changes screens. Only the device token and the
// kiosk's branch are kept (localStorage); a walk-in person's data lives in `session` and on the screen
// only, and both are dropped when the session ends.
import { KioskEndDocument, type TypedDocumentString } from '../__generated__/operations';
import { h, replaceContent } from '../shared/dom';
import type { Language } from '../shared/format';
import { graphql, type GraphQLResult } from '../shared/graphql';
import { TEXTS } from './i18n';

export type Texts = (typeof TEXTS)['id'];

export interface Screen {
  render(app: App): HTMLElement;
  /** True while the screen shows or holds something of a person (idle timeouts apply). */
  personal?: boolean;
}

export interface Branch {
  id: string;
  name: string;
  city: string;
  latitude: number;
  longitude: number;
}

export interface Device {
  token: string;
  name: string;
  location: string;
  branch: Branch | null;
}

export interface Session {
  token: string;
  /** Epoch ms: the token's expiry or the configured longest session, whichever is sooner. */
  endsAt: number;
}

export interface Settings {
  idleWarningSeconds: number;
  idleGraceSeconds: number;
  sessionMaxSeconds: number;
  publicBase: string;
}

const STORAGE = { deviceToken: 'kiosk.deviceToken', branchId: 'kiosk.branchId' } as const;

export class App {
  language: Language = 'id';
  device: Device | null = null;
  session: Session | null = null;
  private screen: Screen | null = null;
  private readonly main: HTMLElement;

  constructor(
    readonly root: HTMLElement,
    readonly settings: Settings,
    private readonly start: () => Screen,
  ) {
    this.main = h('div', { class: 'screen' });
  }

  get t(): Texts {
    return TEXTS[this.language];
  }

  get personal(): boolean {
    return this.session !== null || (this.screen?.personal ?? false);
  }

  show(screen: Screen): void {
    this.screen = screen;
    this.render();
  }

  render(): void {
    if (!this.screen) return;
    document.documentElement.lang = this.language;
    document.title = `${this.t.appTitle}${this.device ? ` — ${this.device.name}` : ''}`;
    replaceContent(this.main, this.screen.render(this));
    replaceContent(this.root, this.header(), this.main);
    const focus = this.main.querySelector<HTMLElement>('[data-autofocus]') ?? this.main.querySelector<HTMLElement>('h1');
    focus?.focus({ preventScroll: true });
  }

  toggleLanguage(): void {
    this.language = this.language === 'id' ? 'en' : 'id';
    this.render();
  }

  /** Runs an operation as the kiosk (device token) or as the walk-in person (session token). */
  run<T, V>(document: TypedDocumentString<T, V>, variables: V, as: 'device' | 'session' | 'public'): Promise<GraphQLResult<T>> {
    const token = as === 'device' ? this.device?.token : as === 'session' ? this.session?.token : null;
    return graphql(document, variables, token);
  }

  saveDevice(device: Device): void {
    localStorage.setItem(STORAGE.deviceToken, device.token);
    if (device.branch) localStorage.setItem(STORAGE.branchId, device.branch.id);
    this.device = device;
  }

  storedDevice(): { token: string; branchId: string | null } | null {
    const token = localStorage.getItem(STORAGE.deviceToken);
    return token ? { token, branchId: localStorage.getItem(STORAGE.branchId) } : null;
  }

  forgetDevice(): void {
    localStorage.removeItem(STORAGE.deviceToken);
    localStorage.removeItem(STORAGE.branchId);
    this.device = null;
  }

  /** Ends the walk-in person's session: the token is revoked, their data leaves the page. */
  endSession(after: Screen): void {
    const session = this.session;
    this.session = null;
    this.language = 'id';
    if (session) void graphql(KioskEndDocument, {}, session.token);
    window.getSelection()?.removeAllRanges();
    this.show(after);
  }

  /** The first screen for the next walk-in person. */
  restart(): void {
    this.show(this.start());
  }

  private header(): HTMLElement {
    const t = this.t;
    return h(
      'header',
      { class: 'bar' },
      h(
        'div',
        { class: 'brand' },
        h('span', { class: 'brand-title' }, t.appTitle),
        this.device ? h('span', { class: 'brand-place' }, `${this.device.name} · ${this.device.location}`) : null,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'lang',
          lang: this.language === 'id' ? 'en' : 'id',
          'aria-label': t.switchLanguageLabel,
          onclick: () => this.toggleLanguage(),
        },
        t.switchLanguage,
      ),
    );
  }
}
