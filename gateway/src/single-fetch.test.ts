import fs from 'node:fs';
import { parse } from 'graphql';
import { supergraphPath } from '#platform/paths';
import { SingleFetchRouter, singleFetchFastPath } from './single-fetch';
import { SubgraphAnswer } from './subgraph-transport';

describe('the single-fetch route', () => {
  const router = new SingleFetchRouter(fs.readFileSync(supergraphPath(), 'utf8'));
  const route = (query: string, operationName?: string) => router.route(query, parse(query), operationName);

  test('an operation one subgraph answers alone goes to that subgraph', () => {
    expect(route('query Me { me { id email roles person { nik fullName birthDate } } }')).toBe('identity');
    expect(route('{ bpjsTkPrograms { code name } }')).toBe('bpjstk');
    expect(route('query B($first: Int) { branchOffices(first: $first) { id name } }')).toBe('bpjstk');
  });

  test('an operation that joins subgraphs needs the executor', () => {
    expect(route('query P($nik: String!) { person(nik: $nik) { nik fullName taspen { nip } bpjsTk { kpj } } }')).toBeNull();
    expect(route('{ me { id } bpjsTkPrograms { code } }')).toBeNull();
  });

  test('introspection stays the gateway’s, also next to a subgraph field', () => {
    expect(route('{ __schema { queryType { name } } }')).toBeNull();
    expect(route('{ me { id } __type(name: "Account") { name } }')).toBeNull();
  });

  test('the operation picked by name decides; the whole document must be the subgraph’s, as it is sent whole', () => {
    const two = 'query Me { me { id } } query Mine { myConsents { id } }';
    expect(route(two, 'Me')).toBe('identity');
    expect(route(two, 'Me')).toBe('identity');
    const mixed = 'query Me { me { id } } query Mixed { me { id } bpjsTkPrograms { code } }';
    expect(route(mixed, 'Mixed')).toBeNull();
    expect(route(mixed, 'Me')).toBeNull();
  });
});

describe('the fast path at start', () => {
  test('builds its router after the first operation, not at start; until then operations take the executor', async () => {
    let builds = 0;
    const plugin = singleFetchFastPath({
      supergraphSdl: fs.readFileSync(supergraphPath(), 'utf8'),
      dataSources: new Map(),
      formatError: (error) => error,
      createRouter: (sdl, max) => {
        builds++;
        return new SingleFetchRouter(sdl, max);
      },
    });
    expect(builds).toBe(0);
    const query = 'query Me { me { id } }';
    const operation = async () => {
      const listener = await plugin.requestDidStart!({} as never);
      const document = parse(query);
      return listener!.responseForOperation!({ request: { query }, document, operation: document.definitions[0], operationName: 'Me' } as never);
    };
    expect(await operation()).toBeNull();
    expect(builds).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(builds).toBe(1);
    await operation(); // routed now (no data source here, so still the executor's), and built once only
    expect(builds).toBe(1);
  });
});

describe('the subgraph transport', () => {
  test('answers survive structuredClone (in-flight deduplication clones them)', async () => {
    const answer = new SubgraphAnswer(
      'http://127.0.0.1/graphql',
      200,
      { 'content-type': 'application/json', 'cache-control': 'max-age=60, public' },
      '{"data":{}}',
    );
    expect(answer.headers.get('Cache-Control')).toBe('max-age=60, public');
    expect(await answer.json()).toEqual({ data: {} });
    expect(() => structuredClone({ data: {}, http: answer })).not.toThrow();
  });
});
