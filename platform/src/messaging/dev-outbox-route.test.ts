import express from 'express';
import type { AddressInfo } from 'node:net';
import { mountDevOutbox, recipientKey, type Mailbox } from './dev-outbox-route';
import type { MailboxMessageJson } from './outbox-routes';

test('recipients are normalised: e-mail lower-cased, phone to +628…', () => {
  expect(recipientKey(' Siti@Example.COM ')).toBe('siti@example.com');
  expect(recipientKey('0812-3456-7890')).toBe('+6281234567890');
  expect(recipientKey('+6281234567890')).toBe('+6281234567890');
  expect(recipientKey('hello')).toBeNull();
});

async function served(mailboxes: Mailbox[], production: boolean, path: string) {
  const app = express();
  mountDevOutbox(app, mailboxes, { production, limit: 3 });
  const server = app.listen(0);
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: response.status, text: await response.text() };
  } finally {
    server.close();
  }
}

const message = (body: string, createdAt: string): MailboxMessageJson => ({
  channel: 'EMAIL',
  to: 'a@example.com',
  subject: null,
  body,
  sentAt: null,
  createdAt,
});

test('production has no dev outbox (404)', async () => {
  const answer = await served([async () => [message('secret', '2026-12-01T10:00:00.000Z')]], true, '/dev/outbox?to=a@example.com');
  expect(answer.status).toBe(404);
  expect(answer.text).not.toContain('secret');
});

test('the mailbox gathers every owner’s outbox, newest first, up to the limit', async () => {
  const identity: Mailbox = async () => [message('otp 2', '2026-12-01T10:00:03.000Z'), message('otp 1', '2026-12-01T10:00:01.000Z')];
  const taspen: Mailbox = async () => [message('submitted', '2026-12-01T10:00:02.000Z')];
  const bpjstk: Mailbox = async () => [message('old', '2026-12-01T09:00:00.000Z')];
  const answer = await served([identity, taspen, bpjstk], false, '/dev/outbox?to=A@Example.com');
  expect(answer.status).toBe(200);
  const { messages } = JSON.parse(answer.text) as { messages: Array<Record<string, unknown>> };
  expect(messages.map((m) => m.body)).toEqual(['otp 2', 'submitted', 'otp 1']);
  expect(messages[0]).toEqual({ channel: 'EMAIL', to: 'a@example.com', subject: null, body: 'otp 2', sentAt: null });
});

test('an owner that cannot answer makes the mailbox unavailable, not partial', async () => {
  const down: Mailbox = async () => {
    throw new Error('unreachable');
  };
  expect((await served([async () => [], down], false, '/dev/outbox?to=a@example.com')).status).toBe(503);
});
