import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { dispatcherFetcher, SubgraphAnswer, type ApolloFetcher } from './subgraph-transport';

describe('dispatcherFetcher', () => {
  let server: Server;
  let url: string;
  const agent = new Agent();

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'max-age=60, public');
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.end(JSON.stringify({ method: req.method, path: req.url, body, caller: req.headers.authorization ?? null }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql?x=1`;
  });

  afterAll(async () => {
    await agent.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('is a fetcher of the type RemoteGraphQLDataSource takes, posting the body and headers it is given', async () => {
    const fetcher: ApolloFetcher = dispatcherFetcher(agent);
    const response = await fetcher(url, { method: 'POST', headers: { authorization: 'Bearer t' }, body: Buffer.from('{"q":1}') });
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.statusText).toBe('OK');
    expect(response.url).toBe(url);
    expect(await response.json()).toEqual({ method: 'POST', path: '/graphql?x=1', body: '{"q":1}', caller: 'Bearer t' });
  });

  it('answers with headers readable by name in any case, joined when repeated, and iterable in order', async () => {
    const response = await dispatcherFetcher(agent)(url, { method: 'POST', body: '{}' });
    expect(response.headers.get('Cache-Control')).toBe('max-age=60, public');
    expect(response.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(response.headers.get('x-missing')).toBeNull();
    expect(response.headers.has('CONTENT-TYPE')).toBe(true);
    const names = [...response.headers.keys()];
    expect(names).toEqual([...names].sort());
    expect(new Map(response.headers)).toEqual(new Map(response.headers.entries()));
  });

  it('can be read more than once and cloned, and the clone is independent', async () => {
    const response = await dispatcherFetcher(agent)(url, { method: 'POST', body: 'x' });
    const text = await response.text();
    expect(await response.text()).toBe(text);
    expect(response.bodyUsed).toBe(false);
    expect(response.redirected).toBe(false);
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe(text);
    const copy = response.clone();
    copy.headers.set('x-added', '1');
    copy.headers.append('x-added', '2');
    expect(copy.headers.get('x-added')).toBe('1, 2');
    expect(response.headers.has('x-added')).toBe(false);
    copy.headers.delete('content-type');
    expect(copy.headers.has('content-type')).toBe(false);
    expect(await copy.text()).toBe(text);
  });

  it('calls a non-2xx answer not ok, with the standard reason phrase', () => {
    const answer = new SubgraphAnswer('http://x/', 503, {}, '');
    expect(answer.ok).toBe(false);
    expect(answer.statusText).toBe('Service Unavailable');
  });
});
