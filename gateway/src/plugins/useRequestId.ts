// Every gateway request has one plain request id (the client's `x-request-id` when it is short and plain,
// platform/src/http/request-id.ts, or a fresh one): answered in the response header, kept on the request for
// the GraphQL context, the REST proxy and error logs, and sent on to the subgraphs (useHeaderPropagation).
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { requestIdFrom } from '#platform/http/request-id';

export type RequestWithId = Request & { requestId?: string };

export function useRequestId(): RequestHandler {
  return (req: RequestWithId, res: Response, next: NextFunction) => {
    req.requestId = requestIdFrom(req.header('x-request-id'));
    res.setHeader('x-request-id', req.requestId);
    next();
  };
}
