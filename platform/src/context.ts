// What every resolver receives: built once per request by the service's server.
import type { Caller } from './auth/caller';
import type { Logger } from './logger';

export interface BaseContext {
  requestId: string;
  caller: Caller;
  log: Logger;
  /** Client address as the gateway saw it (for per-IP limits). */
  clientIp: string;
  /**
   * The gateway's id of the client request (platform/src/http/client-address.ts), accepted only with the
   * gateway's key; null when someone else called. Stored with the request's access-log entries.
   */
  gatewayRequestId?: string | null;
  /** The staff member's stated purpose for reading a person's data (`X-Access-Purpose`). */
  accessPurpose: string | null;
  /** The bearer token the request presented (already verified into `caller`); null without one. */
  bearerToken: string | null;
}
