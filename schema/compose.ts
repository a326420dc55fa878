// `npm run compose`: prints each subgraph's SDL, composes the supergraph with @apollo/composition,
// and writes the client-facing API schema. `--check` fails when the committed files are stale.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSchema as printFederationSchema } from '@apollo/federation-internals';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { projectRoot } from '#platform/paths';
import { bpjsTkService } from '../subgraphs/bpjstk/src/service';
import { identityService } from '../subgraphs/identity/src/service';
import { taspenService } from '../subgraphs/taspen/src/service';

/** Hints we have read and accept on purpose (none yet). */
const ACCEPTED_HINTS: string[] = [];

const DEFAULT_URLS: Record<string, string> = {
  identity: 'http://identity:4001/graphql',
  taspen: 'http://taspen:4002/graphql',
  bpjstk: 'http://bpjstk:4003/graphql',
};

export async function composeHub() {
  const subgraphs = [];
  for (const service of [identityService, taspenService, bpjsTkService]) {
    const schema = await service.buildSchema();
    subgraphs.push({ name: service.name, url: DEFAULT_URLS[service.name], sdl: printSubgraphSchema(schema) });
  }
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  const hints = result.hints.filter((hint) => !ACCEPTED_HINTS.includes(hint.definition.code));
  const files: Record<string, string> = {};
  for (const s of subgraphs) files[path.join('schema', 'subgraphs', `${s.name}.graphql`)] = `${s.sdl.trim()}\n`;
  files[path.join('schema', 'supergraph.graphql')] = `${result.supergraphSdl.trim()}\n`;
  files[path.join('schema', 'api.graphql')] = `${printFederationSchema(result.schema.toAPISchema()).trim()}\n`;
  return { files, hints: hints.map((hint) => `${hint.definition.code}: ${hint.message}`) };
}

async function main() {
  const check = process.argv.includes('--check');
  const root = projectRoot();
  const { files, hints } = await composeHub();
  for (const hint of hints) process.stderr.write(`composition hint ${hint}\n`);
  const stale: string[] = [];
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
    if (current === content) continue;
    if (check) stale.push(file);
    else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
      process.stdout.write(`wrote ${file}\n`);
    }
  }
  if (stale.length) {
    process.stderr.write(`Stale generated schema files (run npm run compose): ${stale.join(', ')}\n`);
    process.exit(1);
  }
  if (hints.length) {
    process.stderr.write('Composition produced hints that are not accepted on purpose (see ACCEPTED_HINTS).\n');
    process.exit(1);
  }
  process.stdout.write(check ? 'schema files are up to date\n' : 'composition done\n');
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
