// One load run with autocannon's programmatic API against a GraphQL endpoint, and the CPU the
// measured server processes spent on it (read from /proc before and after).
import { cpuMs } from './processes';

// autocannon 9 ships no types; only what is used here is declared.
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  '2xx': number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;

export interface GraphqlRequest {
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  failures: number;
  /** CPU milliseconds per request of each measured process, by name. */
  cpuMsPerRequest: Record<string, number>;
}

export interface LoadOptions {
  seconds: number;
  connections: number;
  /** Processes whose CPU time is charged to the requests of this run. */
  measure?: Record<string, number>;
  /** Variables for each request, picked at random (e.g. many NIKs); otherwise the request's own. */
  variants?: ReadonlyArray<Record<string, unknown>>;
}

export function requestBody(request: GraphqlRequest): string {
  return JSON.stringify({ query: request.query, variables: request.variables ?? {} });
}

export async function runLoad(request: GraphqlRequest, options: LoadOptions): Promise<LoadResult> {
  const measure = options.measure ?? {};
  const before = Object.fromEntries(Object.entries(measure).map(([name, pid]) => [name, cpuMs(pid)]));
  const result = await autocannon({
    url: request.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: requestBody(request),
    ...(options.variants?.length
      ? {
          requests: [
            {
              setupRequest: (req: Record<string, unknown>) => {
                const variables = options.variants![Math.floor(Math.random() * options.variants!.length)];
                return { ...req, body: requestBody({ ...request, variables }) };
              },
            },
          ],
        }
      : {}),
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
  });
  const ok = result['2xx'];
  const cpuMsPerRequest = Object.fromEntries(Object.entries(measure).map(([name, pid]) => [name, ok ? (cpuMs(pid) - before[name]) / ok : Number.NaN]));
  return {
    requestsPerSecond: ok / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: ok,
    failures: result.non2xx + result.errors + result.timeouts,
    cpuMsPerRequest,
  };
}

/** One request, checked: the benchmark must measure answers, not errors. `Data` is the answer's shape as the check reads it. */
export async function checkRequest<Data>(request: GraphqlRequest, expect: (data: Data | undefined) => unknown, what: string): Promise<Data> {
  const response = await fetch(request.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: requestBody(request),
  });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  if (!response.ok || body.errors?.length || !expect(body.data)) {
    throw new Error(`${what}: unexpected answer ${response.status} ${JSON.stringify(body).slice(0, 600)}`);
  }
  return body.data as Data;
}
