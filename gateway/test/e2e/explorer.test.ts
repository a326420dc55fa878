// The officers' explorer is GraphiQL served by the hub itself: the page and every script, style and font come
// from the hub (or are inlined data), the CSP allows nothing else, and it renders in a browser that can reach
// no other host.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { useTestHub } from '../support/test-hub';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => fs.existsSync(file));
const hub = useTestHub({ OUTBOX_POLL_MS: '3600000' });

const landing = () => fetch(`${hub.baseUrl}/graphql`, { headers: { accept: 'text/html' } });

test('GET /graphql in a browser is the self-hosted explorer, referring only to the hub’s own files', async () => {
  const response = await landing();
  const html = await response.text();
  expect(response.status).toBe(200);
  expect(html).toContain('<div id="graphiql">');
  expect(html).not.toMatch(/https?:\/\//);
  expect(html).not.toMatch(/<script>|<style>|\son\w+=/); // no inline code for the CSP to allow
  const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
  expect(references.length).toBeGreaterThanOrEqual(5);
  for (const reference of references) {
    expect(reference).toMatch(/^\/explorer\//);
    const asset = await fetch(`${hub.baseUrl}${reference}`);
    expect({ reference, status: asset.status }).toEqual({ reference, status: 200 });
    expect(asset.headers.get('content-type')).toMatch(/javascript|css/);
    const text = await asset.text();
    if (reference.endsWith('.css')) expect(text).not.toMatch(/url\(\s*["']?https?:/); // fonts are data: URLs
  }
});

test('the page’s CSP names no other host', async () => {
  const csp = (await landing()).headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/);
});

(CHROMIUM ? test : test.skip)(
  'renders GraphiQL in a headless browser that can resolve no host but the hub',
  async () => {
    const { stdout } = await promisify(execFile)(
      CHROMIUM!,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
        '--virtual-time-budget=10000',
        '--dump-dom',
        `${hub.baseUrl}/graphql`,
      ],
      { timeout: 45_000, maxBuffer: 20 * 1024 * 1024 },
    );
    expect(stdout).toContain('graphiql-container');
    expect(stdout).toContain('Participant graph hub');
  },
  60_000,
);
