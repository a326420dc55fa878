// What a subgraph learns of the client's request: its request id (and the gateway's own, for the access log), the client address (with the key that
// proves the gateway states it, platform/src/http/client-address.ts), the trace context, and the caller's
// own Authorization and X-Access-Purpose (the subgraphs verify the token again themselves).
import type { GatewayContext } from '../context';
import { injectTraceHeaders } from '#platform/tracing/index';

/** The part of a fetch's headers the gateway writes (a Fetch `Headers` or Apollo's HeaderMap). */
export interface WritableHeaders {
  set(name: string, value: string): void;
}

export function useHeaderPropagation() {
  return function propagateHeaders(headers: WritableHeaders | undefined, context: Partial<GatewayContext> | undefined): void {
    if (!headers || !context) return;
    if (context.requestId) headers.set('x-request-id', context.requestId);
    if (context.clientIp) headers.set('x-forwarded-for', context.clientIp);
    if (context.gatewayKey) headers.set('x-hub-gateway-key', context.gatewayKey);
    if (context.gatewayKey && context.gatewayRequestId) headers.set('x-hub-gateway-request-id', context.gatewayRequestId);
    injectTraceHeaders(headers);
    if (context.authorization) headers.set('authorization', context.authorization);
    if (context.accessPurpose) headers.set('x-access-purpose', context.accessPurpose);
  };
}
