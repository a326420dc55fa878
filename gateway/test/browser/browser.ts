// Debian's Chromium driven by playwright-core for the page tests: one browser, every request and console
// message recorded, axe-core injected from node_modules, screenshots into one folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = fs.existsSync(CHROMIUM);

const AXE_SOURCE = () => fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export interface BrowserRun {
  browser: Browser;
  screenshots: string;
  /** Requests to anything but the hub's origin (each one is also aborted). */
  foreignRequests: string[];
  consoleErrors: string[];
  context(options: { width: number; height: number; isMobile?: boolean }): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function launch(origin: string): Promise<BrowserRun> {
  const screenshots = process.env.HUB_SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-screens-'));
  fs.mkdirSync(screenshots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // Playwright gives every launch a fresh, temporary --user-data-dir of its own (and refuses one passed in args).
  });
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  return {
    browser,
    screenshots,
    foreignRequests,
    consoleErrors,
    async context({ width, height, isMobile }) {
      const context = await browser.newContext({ viewport: { width, height }, isMobile, hasTouch: true, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (new URL(url).origin !== origin) {
          foreignRequests.push(url);
          return route.abort();
        }
        if (route.request().resourceType() !== 'document') return route.continue();
        // Pages are served here under the strictest policy the gateway may send: a blocked inline script or
        // style, or a load from elsewhere, shows up as a console error.
        const response = await route.fetch();
        return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
      });
      context.on('page', (page) => watch(page, consoleErrors));
      return context;
    },
    async close() {
      await browser.close();
    },
  };
}

function watch(page: Page, consoleErrors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
}

/** axe-core's serious and critical violations on the page as it is now, as `rule: target` lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Expressions, not functions: this file is compiled without the DOM library.
  if (!(await page.evaluate<boolean>(`'axe' in window`))) await page.evaluate(AXE_SOURCE());
  const violations = await page.evaluate<Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }>>(
    `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations)`,
  );
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`));
}
