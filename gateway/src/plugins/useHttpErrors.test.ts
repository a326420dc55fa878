import type { NextFunction, Response } from 'express';
import { useHttpErrors } from './useHttpErrors';
import type { RequestWithId } from './useRequestId';

function answer(error: Error & { status?: number }) {
  const log = { error: jest.fn() };
  let status = 0;
  let body: unknown;
  const res = { status: (s: number) => ((status = s), res), json: (b: unknown) => void (body = b) } as unknown as Response;
  useHttpErrors(log as never)(error, { requestId: 'req-9' } as RequestWithId, res, (() => {}) as NextFunction);
  return { status, body, log };
}

test('a body too large is 413 payload_too_large, a bad body 400, neither logged', () => {
  const large = answer(Object.assign(new Error('too large'), { status: 413 }));
  expect(large).toMatchObject({ status: 413, body: { error: 'payload_too_large' } });
  const bad = answer(Object.assign(new Error('bad json'), { status: 400 }));
  expect(bad).toMatchObject({ status: 400, body: { error: 'bad_request' } });
  expect(large.log.error).not.toHaveBeenCalled();
});

test('anything else is a 500 without details, logged with the request id', () => {
  const failed = answer(new Error('secret detail'));
  expect(failed.status).toBe(500);
  expect(failed.body).toEqual({ error: 'internal_error' });
  expect(failed.log.error).toHaveBeenCalledWith(expect.objectContaining({ requestId: 'req-9' }), 'unhandled HTTP error');
});
