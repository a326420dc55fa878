// The gateway's per-request context: who asks (bearer token, access purpose, client address), under which
// request id, and the caller's kind for the gateway's own checks (the subgraphs verify the token again).
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { ServiceUnavailableError } from '#platform/errors';
import type { CallerKindCache } from './caller-kind-cache';

export interface GatewayContext {
  requestId: string;
  authorization?: string;
  accessPurpose?: string;
  clientIp: string;
  /** Kind of the verified caller (the subgraphs verify the token again themselves). */
  callerKind: string;
  /** Proves to the subgraphs that the gateway states `clientIp` (platform/src/http/client-address.ts). */
  gatewayKey?: string;
  /** The gateway's own fresh id of this request, for the subgraphs' access-log entries (never the client's). */
  gatewayRequestId?: string;
}

/** The context function of the gateway's /graphql; a token the verifier refuses is 401 before anything runs. */
export function gatewayContext(callerKinds: CallerKindCache, gatewayKey: string) {
  return async ({ req }: { req: Request & { requestId?: string } }): Promise<GatewayContext> => {
    const requestId = req.requestId ?? randomUUID();
    const authorization = req.header('authorization') ?? undefined;
    let callerKind = 'anonymous';
    if (authorization) {
      try {
        callerKind = await callerKinds.kindOf(authorization);
      } catch (error) {
        if (error instanceof ServiceUnavailableError) {
          throw new GraphQLError(error.message, { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
        }
        throw new GraphQLError('The access token is not valid. Sign in again.', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
    }
    return {
      requestId,
      authorization,
      accessPurpose: req.header('x-access-purpose') ?? undefined,
      clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      callerKind,
      gatewayKey,
      gatewayRequestId: randomUUID(),
    };
  };
}
