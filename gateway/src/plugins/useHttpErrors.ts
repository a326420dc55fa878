// The last express handler: a client's HTTP mistake (bad JSON, body too large) is its 4xx with a short code;
// anything else is logged with the request id and answered 500 without details.
import type { ErrorRequestHandler } from 'express';
import type { Logger } from '#platform/logger';
import type { RequestWithId } from './useRequestId';

export function useHttpErrors(log: Pick<Logger, 'error'>): ErrorRequestHandler {
  return (error: Error & { status?: number }, req: RequestWithId, res, _next) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log.error({ requestId: req.requestId, error }, 'unhandled HTTP error');
    res.status(status).json({ error: status === 413 ? 'payload_too_large' : status === 500 ? 'internal_error' : 'bad_request' });
  };
}
