// POST /channels/sms/inbound: the SMS gateway's callback, signed like the payment webhook.
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import type { Platform } from '#platform/runtime';
import { parsePhone } from '#platform/validation/identifiers';
import { hasValidSignature, rawBodyOf } from '../payment/payment.routes';
import { SmsService } from './sms.service';

export function mountSmsRoutes(app: Express, deps: { orm: MikroORM; platform: Platform }): void {
  const log = deps.platform.log.child({ route: 'sms-inbound' });
  const sms = new SmsService({ kv: deps.platform.kv });
  app.post('/channels/sms/inbound', express.raw({ type: () => true, limit: '16kb' }), async (req, res) => {
    if (!hasValidSignature(req, deps.platform.config.smsWebhookSecret)) {
      res.status(401).json({ error: 'invalid_signature' });
      return;
    }
    let body: { from?: unknown; to?: unknown; text?: unknown };
    try {
      body = JSON.parse(rawBodyOf(req));
    } catch {
      body = {};
    }
    const from = typeof body?.from === 'string' ? parsePhone(body.from) : null;
    if (!from?.ok || typeof body.text !== 'string' || body.text.length > 480 || (body.to !== undefined && typeof body.to !== 'string')) {
      res.status(400).json({ error: 'malformed', message: 'Expected JSON {from, to, text} with an Indonesian mobile number.' });
      return;
    }
    try {
      const outcome = await sms.handle({ em: deps.orm.em.fork() }, from.value, body.text);
      if (outcome.kind === 'rate_limited') {
        res.setHeader('retry-after', String(outcome.retryAfterSeconds));
        res.status(429).json({ error: 'rate_limited', reply: null });
        return;
      }
      res.json({ reply: outcome.reply });
    } catch (error) {
      log.error({ requestId: req.header('x-request-id'), error }, 'SMS could not be handled');
      res.status(500).json({ error: 'internal_error' });
    }
  });
}
