// The servers of a benchmark, each its own process: the three subgraphs (subgraphs/*/src/main.ts),
// our gateway (gateway/src/main.ts) and Hive Gateway over the same supergraph file.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchEnvironment } from './environment';
import { freePort, startServer, type ServerProcess } from './processes';

export const ROOT = path.resolve(__dirname, '..', '..');
const dist = (...parts: string[]) => path.join(ROOT, 'dist', ...parts);

export const SERVICES = ['identity', 'taspen', 'bpjstk'] as const;
export type ServiceName = (typeof SERVICES)[number];
export type SubgraphUrls = Record<ServiceName, string>;

/** `peers`: where the subgraph reaches the services it calls (identity for every agency subgraph). */
export async function startSubgraph(
  env: BenchEnvironment,
  name: ServiceName,
  databaseUrl: string,
  cpu: string,
  peers: Partial<SubgraphUrls> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  return startServer({
    name: `${name}@cpu${cpu}`,
    command: process.execPath,
    args: [dist('subgraphs', name, 'src', 'main.js')],
    env: env.serverEnv({
      DATABASE_URL: databaseUrl,
      SERVICE_PORT: String(port),
      IDENTITY_URL: peers.identity,
      TASPEN_URL: peers.taspen,
      BPJSTK_URL: peers.bpjstk,
    }),
    port,
    cpu,
    cwd: ROOT,
    timeoutMs: 120_000,
  });
}

/**
 * Subgraphs one after another: identity first (it applies the platform migrations and owns the records the
 * others ask it for), then bpjstk, then taspen, each told where the ones before it are.
 */
export async function startSubgraphs(env: BenchEnvironment, databaseUrl: string, cpu: string) {
  const processes = {} as Record<ServiceName, ServerProcess>;
  const peers: Partial<SubgraphUrls> = {};
  for (const name of ['identity', 'bpjstk', 'taspen'] as const) {
    processes[name] = await startSubgraph(env, name, databaseUrl, cpu, peers);
    peers[name] = `http://127.0.0.1:${processes[name].port}/graphql`;
  }
  const urls = Object.fromEntries(SERVICES.map((name) => [name, `http://127.0.0.1:${processes[name].port}/graphql`])) as SubgraphUrls;
  return { processes, urls, stop: () => Promise.all(SERVICES.map((name) => processes[name].stop())) };
}

export async function startOurGateway(
  env: BenchEnvironment,
  options: { name: string; databaseUrl: string; subgraphs: SubgraphUrls; cpu: string; extra?: Record<string, string> },
): Promise<ServerProcess> {
  const port = await freePort();
  return startServer({
    name: options.name,
    command: process.execPath,
    // BENCH_GATEWAY_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile our gateway under load.
    args: [...(process.env.BENCH_GATEWAY_NODE_ARGS?.split(' ').filter(Boolean) ?? []), dist('gateway', 'src', 'main.js')],
    env: env.serverEnv({
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      IDENTITY_URL: options.subgraphs.identity,
      TASPEN_URL: options.subgraphs.taspen,
      BPJSTK_URL: options.subgraphs.bpjstk,
      ...options.extra,
    }),
    port,
    cpu: options.cpu,
    cwd: ROOT,
    readyPath: '/ready',
  });
}

/** The committed supergraph with every `join__graph` URL pointed at this run's subgraphs. */
export function rewriteSupergraph(subgraphs: SubgraphUrls, target: string): string {
  const sdl = fs.readFileSync(path.join(ROOT, 'schema', 'supergraph.graphql'), 'utf8');
  const rewritten = sdl.replace(/join__graph\(name: "(\w+)", url: "[^"]*"\)/g, (whole, name: string) => {
    const url = subgraphs[name as ServiceName];
    return url ? `join__graph(name: "${name}", url: "${url}")` : whole;
  });
  for (const name of SERVICES) {
    if (!rewritten.includes(`url: "${subgraphs[name]}"`)) throw new Error(`supergraph has no join__graph for ${name}`);
  }
  fs.writeFileSync(target, rewritten);
  return target;
}

/**
 * Hive Gateway (one process, no fork) over the same supergraph: the Authorization and X-Access-Purpose
 * headers propagated to the subgraphs, in-flight deduplication of subgraph requests off.
 */
export async function startHiveGateway(
  env: BenchEnvironment,
  subgraphs: SubgraphUrls,
  cpu: string,
  options: { rustPlanner?: boolean } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const supergraph = rewriteSupergraph(subgraphs, path.join(env.workDir, 'supergraph.graphql'));
  const config = path.join(env.workDir, options.rustPlanner ? 'gateway-rust.config.mjs' : 'gateway.config.mjs');
  // With the Rust query planner (@graphql-hive/router-runtime), imported by absolute path from here.
  const rust = options.rustPlanner
    ? {
        imports: `import { unifiedGraphHandler } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'node_modules', '@graphql-hive', 'router-runtime', 'dist', 'index.js')).href)};\n`,
        entry: '  unifiedGraphHandler,\n',
      }
    : { imports: '', entry: '' };
  fs.writeFileSync(
    config,
    `${rust.imports}export const gatewayConfig = {
${rust.entry}  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization'),
      'x-access-purpose': request.headers.get('x-access-purpose'),
    }),
  },
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
  inboundInflightRequestDeduplication: false,
  logging: 'error',
};
`,
  );
  return startServer({
    name: options.rustPlanner ? 'hive-gateway-rust' : 'hive-gateway',
    command: process.execPath,
    args: [
      path.join(ROOT, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js'),
      'supergraph',
      supergraph,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--fork',
      '0',
      '-c',
      config,
    ],
    env: { ...env.serverEnv(), NODE_ENV: 'production' },
    port,
    cpu,
    cwd: env.workDir,
    readyPath: '/healthcheck',
  });
}
