// Traces: one request through the gateway is one trace across the subgraphs it touched, joined through the
// W3C traceparent header; SQL statements under the subgraph spans; the trace id beside the request id in logs.
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { context, trace } from '@opentelemetry/api';
import { createLogger } from '#platform/logger';
import { flushTracing, injectTraceHeaders, startTracing, traceFields, tracingOn } from '#platform/tracing/index';
import { statementText } from '#platform/tracing/sql';
import { LogCapture } from '../support/log-capture';
import { startTestHub, type TestHub } from '../support/test-hub';

const exporter = new InMemorySpanExporter();
let hub: TestHub;
let staff: { token: string; headers: Record<string, string> };

const PERSON = `query Person($nik: String!) {
  person(nik: $nik) { nik fullName taspen { nip } bpjsTk { kpj } }
}`;

beforeAll(async () => {
  expect(await startTracing({ service: 'test-hub', exporter })).toBe(true);
  hub = await startTestHub();
  const login = await hub.gql(`mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`, {
    email: 'admin@hub.local',
    password: 'dev-staff-password',
  });
  staff = { token: login.data!.login.accessToken, headers: { 'x-access-purpose': 'Tracing test' } };
});

afterAll(async () => {
  await hub?.close();
  await flushTracing(true);
});

const id = (span: ReadableSpan) => span.spanContext().spanId;
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

/** The spans of the trace whose gateway operation carries `requestId`, once the subgraph spans have ended too. */
async function traceOf(requestId: string, subgraphs: number): Promise<ReadableSpan[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const spans = exporter.getFinishedSpans();
    const root = spans.find((s) => s.name.startsWith('gateway.operation') && s.attributes['hub.request_id'] === requestId);
    if (root) {
      const inTrace = spans.filter((s) => s.spanContext().traceId === root.spanContext().traceId);
      if (inTrace.filter((s) => s.name === 'subgraph.request').length >= subgraphs) return inTrace;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(
    `no complete trace for request ${requestId}: ${exporter
      .getFinishedSpans()
      .map((s) => s.name)
      .join(', ')}`,
  );
}

test('one request is one trace: gateway operation, query plan fetches, and each subgraph it touched', async () => {
  exporter.reset();
  const result = await hub.gql(PERSON, { nik: '3173051203850001' }, { ...staff, headers: { ...staff.headers, 'x-request-id': 'trace-person-1' } });
  expect(result.errors).toBeUndefined();
  expect(result.data?.person.taspen.nip).toBe('198503122010011001');

  const spans = await traceOf('trace-person-1', 3);
  const byId = new Map(spans.map((s) => [id(s), s]));
  const root = spans.find((s) => s.name.startsWith('gateway.operation'))!;
  expect(root.name).toBe('gateway.operation Person');
  expect(root.attributes).toMatchObject({ 'graphql.operation.name': 'Person', 'graphql.operation.type': 'query', 'http.response.status_code': 200 });
  expect(parentOf(root)).toBeUndefined();

  // Every span of the trace leads up to the gateway's operation span.
  for (const span of spans) {
    let current: ReadableSpan | undefined = span;
    while (current && parentOf(current)) current = byId.get(parentOf(current)!);
    expect(current).toBe(root);
  }

  // Each subgraph request is a child of the gateway fetch that called that subgraph, across the HTTP hop.
  const fetches = spans.filter((s) => s.name === 'gateway.fetch');
  expect(new Set(fetches.map((s) => s.attributes.service))).toEqual(new Set(['identity', 'taspen', 'bpjstk']));
  const served = spans.filter((s) => s.name === 'subgraph.request');
  expect(new Set(served.map((s) => s.attributes['hub.service']))).toEqual(new Set(['identity', 'taspen', 'bpjstk']));
  for (const span of served) {
    const fetch = byId.get(parentOf(span)!);
    expect(fetch?.name).toBe('gateway.fetch');
    expect(fetch?.attributes.service).toBe(span.attributes['hub.service']);
    expect(span.attributes['hub.request_id']).toBe('trace-person-1');
  }
  expect(spans.some((s) => s.name === 'gateway.plan')).toBe(true);

  // SQL statements are children of the subgraph work that issued them, with placeholders and no values.
  const statements = spans.filter((s) => s.name.startsWith('sql '));
  expect(statements.length).toBeGreaterThan(0);
  for (const statement of statements) {
    expect(statement.attributes['db.system.name']).toBe('postgresql');
    expect(String(statement.attributes['db.query.text'])).not.toContain('3173051203850001');
    let current: ReadableSpan | undefined = statement;
    while (current && current.name !== 'subgraph.request') current = byId.get(parentOf(current)!);
    expect(current?.name).toBe('subgraph.request');
  }
});

test('a subgraph continues the trace named in the traceparent header it receives', async () => {
  exporter.reset();
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  const parentId = '00f067aa0ba902b7';
  const response = await fetch(hub.services.identity.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${parentId}-01`, 'x-request-id': 'trace-direct-1' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  expect(response.status).toBe(200);
  let span: ReadableSpan | undefined;
  for (let attempt = 0; attempt < 100 && !span; attempt++) {
    span = exporter.getFinishedSpans().find((s) => s.name === 'subgraph.request' && s.attributes['hub.request_id'] === 'trace-direct-1');
    if (!span) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(span?.spanContext().traceId).toBe(traceId);
  expect(parentOf(span!)).toBe(parentId);
  expect(span?.attributes['hub.service']).toBe('identity');
});

test('the gateway does not join a trace a client names: each operation starts its own', async () => {
  exporter.reset();
  const clientTrace = '0af7651916cd43dd8448eb211c80319c';
  await hub.gql('{ __typename }', {}, { headers: { traceparent: `00-${clientTrace}-b7ad6b7169203331-01`, 'x-request-id': 'trace-client-1' } });
  const spans = await traceOf('trace-client-1', 0);
  expect(spans[0].spanContext().traceId).not.toBe(clientTrace);
});

test('statement text keeps placeholders and blanks every quoted literal', () => {
  expect(statementText(`select 'Budi''s', ? from t where nik = '3173051203850001' and n in (?, ?)`)).toBe(
    `select '?', ? from t where nik = '?' and n in (?, ?)`,
  );
});

test('log lines inside a traced request carry the trace id next to the request id', () => {
  const capture = new LogCapture();
  const log = createLogger({ level: 'info', service: 'test' }, capture).child({ requestId: 'req-log-1' });
  const span = trace.getTracer('test').startSpan('work');
  context.with(trace.setSpan(context.active(), span), () => log.info('inside'));
  span.end();
  log.info('outside');
  const [inside, outside] = capture.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(inside).toMatchObject({ requestId: 'req-log-1', traceId: span.spanContext().traceId, spanId: span.spanContext().spanId });
  expect(outside.requestId).toBe('req-log-1');
  expect(outside.traceId).toBeUndefined();
});

test('with no endpoint tracing stays off: no SDK, no headers, no log fields', async () => {
  await flushTracing(true);
  expect(tracingOn()).toBe(false);
  expect(await startTracing({ service: 'off', endpoint: undefined })).toBe(false);
  expect(tracingOn()).toBe(false);
  const headers = new Headers();
  const span = trace.getTracer('test').startSpan('work');
  context.with(trace.setSpan(context.active(), span), () => {
    injectTraceHeaders(headers);
    expect(traceFields()).toEqual({});
  });
  expect(headers.get('traceparent')).toBeNull();
});
