// The gateway's HTML pages: the MPP kiosk application (GET /kiosk) and the public card check
// (GET /verify/<code>). Their scripts and styles are files bundled from gateway/web by
// gateway/scripts/build-web.mjs into dist/web and served under /web: no inline script or style, so
// they work under a 'self'-only Content-Security-Policy, and nothing is loaded from another host.
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type Response } from 'express';
import type { HubConfig } from '#platform/config';
import { publicBase } from '#platform/http/public-url';

type PageConfig = Pick<HubConfig, 'KIOSK_IDLE_WARNING_SECONDS' | 'KIOSK_IDLE_GRACE_SECONDS' | 'KIOSK_SESSION_MAX_SECONDS' | 'HUB_PUBLIC_URL' | 'PORT'>;

/** dist/web of this checkout, found from this file (dist/gateway/src when built, gateway/src under jest). */
export function webAssetsDir(from = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'dist', 'web');
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

interface PageOptions {
  title: string;
  entry: string;
  body: string;
  bodyAttributes?: Record<string, string>;
}

function page(options: PageOptions): string {
  const attributes = Object.entries(options.bodyAttributes ?? {})
    .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
    .join('');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)}</title>
<link rel="icon" href="/web/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/web/${options.entry}.css">
<script type="module" src="/web/${options.entry}.js"></script>
</head>
<body${attributes}>
${options.body}
</body>
</html>
`;
}

function sendPage(res: Response, html: string): void {
  // Nothing of a person may stay behind: not in the HTTP cache, not in the back-forward cache.
  res.setHeader('cache-control', 'no-store');
  res.setHeader('referrer-policy', 'no-referrer');
  res.type('html').send(html);
}

export function mountPages(app: Express, config: PageConfig, assetsDir = webAssetsDir()): void {
  const built = () => fs.existsSync(path.join(assetsDir, 'kiosk.js'));
  app.use('/web', express.static(assetsDir, { index: false, fallthrough: false, setHeaders: (res) => res.setHeader('cache-control', 'no-cache') }));

  /** `route` serves the page once the bundle is built; before that, 503 with `unbuilt` and how to build. */
  const servePage = (route: string, unbuilt: string, options: PageOptions) =>
    app.get(route, (_req, res) => {
      if (!built()) {
        res.status(503).type('text').send(`${unbuilt}: run \`npm run build\`.`);
        return;
      }
      sendPage(res, page(options));
    });

  servePage('/kiosk', 'The kiosk pages are not built', {
    title: 'Kiosk MPP — Taspen & BPJS Ketenagakerjaan',
    entry: 'kiosk',
    bodyAttributes: {
      'idle-warning-seconds': String(config.KIOSK_IDLE_WARNING_SECONDS),
      'idle-grace-seconds': String(config.KIOSK_IDLE_GRACE_SECONDS),
      'session-max-seconds': String(config.KIOSK_SESSION_MAX_SECONDS),
      'public-base': publicBase(config),
    },
    body: '<main id="app" aria-live="polite"><p class="loading">Memuat…</p></main>\n<noscript>Kiosk ini memerlukan JavaScript. / This kiosk needs JavaScript.</noscript>',
  });

  servePage('/verify/:code', 'The card check page is not built', {
    title: 'Cek Kartu — Taspen & BPJS Ketenagakerjaan',
    entry: 'verify',
    body: '<main id="app" aria-live="polite"><p class="loading">Memeriksa kartu…</p></main>\n<noscript>Halaman ini memerlukan JavaScript. / This page needs JavaScript.</noscript>',
  });
}
