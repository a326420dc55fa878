// Builds the browser pages (/kiosk, /verify/<code>) from gateway/web/src into dist/web: type-checks them
// (tsc -p gateway/web, skipped with --no-check) and bundles each page's TypeScript and CSS with esbuild.
// Plain JavaScript, so that it runs before anything is compiled; no network is needed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const web = path.join(root, 'gateway', 'web');
const outdir = path.join(root, 'dist', 'web');

if (!process.argv.includes('--no-check')) {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const checked = spawnSync(process.execPath, [tsc, '-p', path.join(web, 'tsconfig.json')], { stdio: 'inherit' });
  if (checked.status !== 0) process.exit(checked.status ?? 1);
}

fs.rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { kiosk: path.join(web, 'src', 'kiosk', 'main.ts'), verify: path.join(web, 'src', 'verify', 'main.ts') },
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2020', 'chrome100'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});
fs.copyFileSync(path.join(web, 'src', 'shared', 'icon.svg'), path.join(outdir, 'icon.svg'));
