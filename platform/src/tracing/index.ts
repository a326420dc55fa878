// OpenTelemetry traces, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set. This file uses only the API package:
// while no provider is started every call here is a no-op behind one boolean check, and the SDK (sdk.ts)
// is never loaded. One request is one trace: the gateway's operation span, Apollo Gateway's own plan and
// fetch spans under it, and each subgraph's request span joined to its fetch through the W3C `traceparent`
// header (never through shared memory, so it holds when the parts run as separate processes).
import type { NextFunction, Request, Response } from 'express';
import { context, propagation, SpanKind, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';

export const TRACER_NAME = 'participant-graph-hub';

let active: { shutdown(): Promise<void>; forceFlush(): Promise<void> } | null = null;

export const tracingOn = () => active !== null;

export interface TracingSettings {
  /** OTEL_EXPORTER_OTLP_ENDPOINT: the collector's base URL; traces go to `<endpoint>/v1/traces` (OTLP/HTTP JSON). */
  endpoint?: string;
  /** The process's `service.name` (gateway, identity, …, or hub when everything runs in one process). */
  service: string;
  /** Tests: export here (an InMemorySpanExporter) instead of OTLP, each span as soon as it ends. */
  exporter?: SpanExporter;
}

/** Starts the SDK once per process when an endpoint (or a test exporter) is given; otherwise does nothing. */
export async function startTracing(settings: TracingSettings): Promise<boolean> {
  if (active) return true;
  if (!settings.endpoint && !settings.exporter) return false;
  // Loaded here, not imported above: a process with tracing off never loads the SDK.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy, synchronous load
  const { startSdk } = require('./sdk') as typeof import('./sdk');
  active = startSdk(settings);
  return true;
}

/** Sends what is buffered (on shutdown); stops the SDK when `stop` is set. */
export async function flushTracing(stop = false): Promise<void> {
  if (!active) return;
  const sdk = active;
  if (stop) active = null;
  await (stop ? sdk.shutdown() : sdk.forceFlush()).catch(() => undefined);
  if (stop) {
    trace.disable();
    context.disable();
    propagation.disable();
  }
}

const tracer = () => trace.getTracer(TRACER_NAME);

/** Trace and span id of the active span, for log lines (logger.ts); nothing while tracing is off. */
export function traceFields(): { traceId?: string; spanId?: string } {
  if (!active) return {};
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { traceId, spanId };
}

/** Writes `traceparent` (and `tracestate`) of the active span into outgoing fetch headers. */
export function injectTraceHeaders(headers: { set(name: string, value: string): void }): void {
  if (!active) return;
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

/**
 * Express middleware: one server span per request, active for everything the request runs (resolvers,
 * SQL, outgoing fetches). `parentFromHeaders`: continue the caller's trace (subgraphs, behind the gateway);
 * the gateway starts a fresh trace instead, since a client's header proves nothing.
 * Mount it after the body parser: a parser's stream callbacks run outside the request's async context.
 */
export function traceRequests(name: string, options: { parentFromHeaders: boolean; attributes?: Attributes }) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!active) return next();
    const parent = options.parentFromHeaders ? propagation.extract(context.active(), req.headers) : context.active();
    const operationName = (req.body as { operationName?: unknown } | undefined)?.operationName;
    const span = tracer().startSpan(
      name,
      {
        kind: SpanKind.SERVER,
        attributes: {
          ...options.attributes,
          'http.request.method': req.method,
          'url.path': req.originalUrl.split('?')[0],
          'hub.request_id': (req as Request & { requestId?: string }).requestId ?? req.header('x-request-id') ?? '',
          ...(typeof operationName === 'string' && { 'graphql.operation.name': operationName.slice(0, 200) }),
        },
      },
      parent,
    );
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Runs `work` in a child span of the active one (a service's own I/O); plain `work()` while tracing is off. */
export async function inSpan<T>(name: string, attributes: Attributes, work: (span?: Span) => Promise<T>, kind = SpanKind.INTERNAL): Promise<T> {
  if (!active) return work();
  return tracer().startActiveSpan(name, { attributes, kind }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as { code?: string })?.code ?? (error as Error)?.name });
      throw error;
    } finally {
      span.end();
    }
  });
}
