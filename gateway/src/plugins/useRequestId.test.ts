import type { Request, Response } from 'express';
import { useRequestId, type RequestWithId } from './useRequestId';

function run(header: string | undefined) {
  const req = { header: (name: string) => (name === 'x-request-id' ? header : undefined) } as unknown as RequestWithId;
  const answered: Record<string, string> = {};
  const res = { setHeader: (name: string, value: string) => void (answered[name] = value) } as unknown as Response;
  const next = jest.fn();
  useRequestId()(req as Request, res, next);
  return { id: req.requestId, answered, next };
}

test('a plain client request id is kept, answered and passed on', () => {
  const { id, answered, next } = run('client-42');
  expect(id).toBe('client-42');
  expect(answered['x-request-id']).toBe('client-42');
  expect(next).toHaveBeenCalledTimes(1);
});

test('a missing or forged request id is replaced by a fresh one', () => {
  const fresh = run(undefined);
  const forged = run('line\nbreak');
  expect(fresh.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(forged.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(forged.answered['x-request-id']).toBe(forged.id);
  expect(fresh.id).not.toBe(forged.id);
});
