// The fetcher RemoteGraphQLDataSource calls for each subgraph request, over undici's dispatcher API
// (`Agent.request`) instead of WHATWG fetch: a CPU profile of the one-subgraph P1 leg put a third of the
// gateway's busy time in fetch's Request, Headers, AbortSignal and webidl machinery. It answers with the
// body read in full into a small Response of @apollo/gateway's own Fetcher type (RemoteGraphQLDataSource
// reads ok, status, statusText, url, headers.get, json() and text()); non-2xx answers are its to turn into
// errors, as before.
import { STATUS_CODES } from 'node:http';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Dispatcher } from 'undici';

/** The fetcher a RemoteGraphQLDataSource takes (@apollo/utils.fetcher's, as the gateway declares it). */
export type ApolloFetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;
type FetcherInit = NonNullable<Parameters<ApolloFetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<ApolloFetcher>>;
type FetcherHeaders = FetcherResponse['headers'];
type RawHeaders = Record<string, string | string[] | undefined>;

/**
 * A subgraph's answer, read in full. A class, so that the response it rides on stays structured-cloneable
 * (in-flight deduplication clones the shared response): its methods live on the prototype.
 */
export class SubgraphAnswer implements FetcherResponse {
  readonly ok: boolean;
  readonly statusText: string;
  readonly headers: SubgraphHeaders;

  constructor(
    readonly url: string,
    readonly status: number,
    rawHeaders: RawHeaders,
    private readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.statusText = STATUS_CODES[status] ?? '';
    this.headers = new SubgraphHeaders(rawHeaders);
  }

  /** The body was read when the answer arrived, and can be read again: it is never "used". */
  get bodyUsed(): boolean {
    return false;
  }

  /** The dispatcher follows no redirect. */
  get redirected(): boolean {
    return false;
  }

  async text(): Promise<string> {
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.body);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }

  clone(): SubgraphAnswer {
    return new SubgraphAnswer(this.url, this.status, { ...this.headers.raw }, this.body);
  }
}

/** The answer's headers as undici gave them (names in lower case), behind the Headers interface. */
export class SubgraphHeaders implements FetcherHeaders {
  constructor(readonly raw: RawHeaders) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }

  set(name: string, value: string): void {
    this.raw[name.toLowerCase()] = value;
  }

  append(name: string, value: string): void {
    const current = this.get(name);
    this.set(name, current === null ? value : `${current}, ${value}`);
  }

  delete(name: string): void {
    delete this.raw[name.toLowerCase()];
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.raw).sort()) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

export function dispatcherFetcher(dispatcher: Dispatcher) {
  return async (url: string, init: FetcherInit = {}): Promise<SubgraphAnswer> => {
    const target = new URL(url);
    const response = await dispatcher.request({
      origin: target.origin,
      path: `${target.pathname}${target.search}`,
      method: init.method ?? 'GET',
      headers: init.headers,
      body: init.body,
    });
    // The body is read at once (it is small JSON), so that the connection goes back to the pool.
    return new SubgraphAnswer(url, response.statusCode, response.headers, await response.body.text());
  };
}
