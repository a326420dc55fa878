import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Queryable } from '../db/sql';
import { mountDevOutbox, recipientKey } from './dev-outbox-route';

test('recipients are normalised: e-mail lower-cased, phone to +628…', () => {
  expect(recipientKey(' Siti@Example.COM ')).toBe('siti@example.com');
  expect(recipientKey('0812-3456-7890')).toBe('+6281234567890');
  expect(recipientKey('+6281234567890')).toBe('+6281234567890');
  expect(recipientKey('hello')).toBeNull();
});

test('production has no dev outbox (404)', async () => {
  const app = express();
  const rows: unknown[] = [{ body: 'secret' }];
  const pool: Queryable = { query: async <R>() => ({ rows: rows as R[] }) };
  mountDevOutbox(app, pool, { production: true });
  const server = app.listen(0);
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/dev/outbox?to=a@example.com`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  } finally {
    server.close();
  }
});
