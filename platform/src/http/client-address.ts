// The client address a subgraph uses for per-address limits. Only the gateway may state it: its calls carry
// a key derived from the services' shared secret, and X-Forwarded-For without that key is ignored (anyone
// else who reaches a subgraph is judged by their own socket address).
import { createHmac } from 'node:crypto';
import type { Request } from 'express';
import { safeEqualHex } from './internal';

export const GATEWAY_KEY_HEADER = 'x-hub-gateway-key';
/**
 * The gateway's own id of a client request (a fresh UUID, never the client's `x-request-id`, which a client
 * may send twice): the subgraphs store it with the access-log entries that request made, so that one client
 * request reading several agencies is one entry in the person's view.
 */
export const GATEWAY_REQUEST_HEADER = 'x-hub-gateway-request-id';
const GATEWAY_REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Derived, so the secret itself never travels; constant per deployment, so checking it costs one compare. */
export function gatewayKey(internalSecret: string): string {
  return createHmac('sha256', internalSecret).update('gateway states client addresses').digest('hex');
}

/** The gateway's id of the client request, when the gateway's key comes with it; null from anyone else. */
export function gatewayRequestId(req: Request, key: string): string | null {
  const stated = req.header(GATEWAY_REQUEST_HEADER);
  if (!stated || !GATEWAY_REQUEST_ID.test(stated) || !safeEqualHex(req.header(GATEWAY_KEY_HEADER) ?? '', key)) return null;
  return stated;
}

export function clientAddress(req: Request, key: string): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  const forwarded = req.header('x-forwarded-for');
  if (!forwarded || !safeEqualHex(req.header(GATEWAY_KEY_HEADER) ?? '', key)) return socket;
  return forwarded.split(',')[0].trim().slice(0, 64) || socket;
}
