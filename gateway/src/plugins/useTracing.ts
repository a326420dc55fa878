// The gateway's operation span (started by traceRequests in server.ts) named after the operation, with its
// type and the error codes it answered. Apollo Gateway's own spans (gateway.request, .plan, .execute,
// .fetch per subgraph) nest under it by themselves once a tracer provider is registered.
import type { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { tracingOn } from '#platform/tracing/index';

export function useTracing<Ctx extends { requestId?: string }>(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      const span = tracingOn() ? trace.getActiveSpan() : undefined;
      if (!span) return;
      return {
        async didResolveOperation({ operationName, operation }) {
          const name = operationName ?? 'anonymous';
          span.updateName(`gateway.operation ${name}`);
          span.setAttributes({ 'graphql.operation.name': name, 'graphql.operation.type': operation?.operation ?? 'unknown' });
        },
        async didEncounterErrors({ errors }) {
          const codes = [...new Set(errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          span.setAttribute('graphql.error.codes', codes);
          if (codes.some((code) => code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE')) {
            span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
          }
        },
      };
    },
  };
}
