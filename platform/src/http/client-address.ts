// The client address a subgraph uses for per-address limits. Only the gateway may state it: its calls carry
// a key derived from the services' shared secret, and X-Forwarded-For without that key is ignored (anyone
// else who reaches a subgraph is judged by their own socket address).
import { createHmac } from 'node:crypto';
import type { Request } from 'express';
import { safeEqualHex } from './internal';

export const GATEWAY_KEY_HEADER = 'x-hub-gateway-key';

/** Derived, so the secret itself never travels; constant per deployment, so checking it costs one compare. */
export function gatewayKey(internalSecret: string): string {
  return createHmac('sha256', internalSecret).update('gateway states client addresses').digest('hex');
}

export function clientAddress(req: Request, key: string): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  const forwarded = req.header('x-forwarded-for');
  if (!forwarded || !safeEqualHex(req.header(GATEWAY_KEY_HEADER) ?? '', key)) return socket;
  return forwarded.split(',')[0].trim().slice(0, 64) || socket;
}
