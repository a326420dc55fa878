// `npm start` builds only when a source is newer than the last build (a no-op `tsc` still costs 15–25 s
// on two cores). Plain JavaScript, so that it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
// Written after each successful build (tsc leaves its own .tsbuildinfo untouched when nothing changed).
const stamp = path.join(root, 'dist', '.build-stamp');
const SOURCES = ['platform', 'gateway', 'subgraphs', 'schema', 'bench'];
const SKIP = new Set(['node_modules', 'dist', '.data', '__generated__']);

function newestSource(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|json|css|svg|mjs|graphql)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
const sources = Math.max(
  ...SOURCES.map((dir) => newestSource(path.join(root, dir))),
  ...['tsconfig.json', 'package.json', 'codegen.ts'].map((file) => fs.statSync(path.join(root, file)).mtimeMs),
);
const outputs = [path.join('gateway', 'src', 'cli.js'), path.join('web', 'kiosk.js')];
if (built > sources && outputs.every((file) => fs.existsSync(path.join(root, 'dist', file)))) process.exit(0);
process.stdout.write('Building (tsc)…\n');
const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.json')], {
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);
// The browser pages (/kiosk, /verify/<code>): type-checked and bundled into dist/web.
process.stdout.write('Building the pages (esbuild)…\n');
const web = spawnSync(process.execPath, [path.join(root, 'gateway', 'scripts', 'build-web.mjs')], { stdio: 'inherit' });
if (web.status === 0) fs.writeFileSync(stamp, new Date().toISOString());
process.exit(web.status ?? 1);
