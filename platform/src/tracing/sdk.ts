// The OpenTelemetry SDK, loaded only when tracing is on (index.ts): a Node tracer provider with the W3C
// trace-context propagator and async-local-storage context, exporting by OTLP/HTTP (JSON) in batches.
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { TracingSettings } from './index';

/** `http://collector:4318` → `http://collector:4318/v1/traces` (the OTLP rule for the signal path). */
export function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}

export function startSdk(settings: TracingSettings) {
  const processor = settings.exporter
    ? new SimpleSpanProcessor(settings.exporter)
    : new BatchSpanProcessor(new OTLPTraceExporter({ url: tracesUrl(settings.endpoint!) }));
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': settings.service }),
    spanProcessors: [processor],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  return provider;
}
