// POST /webhooks/payments: the payment gateway's callback, HMAC-signed over the raw body.
import { createHmac } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Express, type Request } from 'express';
import { safeEqualHex } from '#platform/http/internal';
import type { Platform } from '#platform/runtime';
import type { PaymentService } from './payment.service';

/** The raw body as received (rawJson() keeps it for JSON; other content types are read raw here). */
export function rawBodyOf(req: Request): string {
  const stored = (req as Request & { rawBody?: string }).rawBody;
  if (stored !== undefined) return stored;
  return Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
}

/** `X-Hub-Signature: sha256=<hex HMAC-SHA256 of the raw body>`, compared in constant time. */
export function hasValidSignature(req: Request, secret: string): boolean {
  const header = String(req.header('x-hub-signature') ?? '');
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(rawBodyOf(req), 'utf8').digest('hex');
  return safeEqualHex(match[1].toLowerCase(), expected);
}

function parseNotice(raw: string) {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return null;
  }
  const b = body as Record<string, unknown>;
  if (!b || typeof b !== 'object' || Array.isArray(b)) return null;
  const amount = typeof b.amount === 'string' && /^\d{1,16}$/.test(b.amount) ? Number(b.amount) : b.amount;
  // paidAt is optional (the time of the notice then); when given it must be an ISO 8601 instant.
  const paidAt =
    b.paidAt === undefined || b.paidAt === null ? new Date() : typeof b.paidAt === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(b.paidAt) ? new Date(b.paidAt) : null;
  if (
    typeof b.reference !== 'string' ||
    !/^[\x21-\x7e]{1,100}$/.test(b.reference) ||
    typeof b.paymentCode !== 'string' ||
    !/^[\w-]{1,64}$/.test(b.paymentCode) ||
    typeof amount !== 'number' ||
    !Number.isSafeInteger(amount) ||
    amount <= 0 ||
    !paidAt ||
    Number.isNaN(paidAt.getTime())
  ) {
    return null;
  }
  return { reference: b.reference, paymentCode: b.paymentCode, amount, paidAt };
}

const HTTP_OF = { applied: 200, duplicate: 200, unknown_code: 404, amount_mismatch: 409, already_paid: 409, expired: 409 } as const;

export function mountPaymentRoutes(app: Express, deps: { orm: MikroORM; platform: Platform; payments: PaymentService }): void {
  const log = deps.platform.log.child({ route: 'payments-webhook' });
  app.post('/webhooks/payments', express.raw({ type: () => true, limit: '64kb' }), async (req, res) => {
    if (!hasValidSignature(req, deps.platform.config.paymentWebhookSecret)) {
      res.status(401).json({ error: 'invalid_signature' });
      return;
    }
    const notice = parseNotice(rawBodyOf(req));
    if (!notice) {
      res.status(400).json({ error: 'malformed', message: 'Expected JSON {reference, paymentCode, amount, paidAt}.' });
      return;
    }
    try {
      const outcome = await deps.payments.apply(deps.orm.em, notice);
      log.info({ reference: notice.reference, outcome: outcome.status }, 'payment notice');
      res
        .status(HTTP_OF[outcome.status])
        .json(outcome.status === 'applied' || outcome.status === 'duplicate' ? { status: outcome.status } : { error: outcome.status });
    } catch (error) {
      log.error({ requestId: req.header('x-request-id'), error, reference: notice.reference }, 'payment could not be applied');
      res.status(500).json({ error: 'internal_error' });
    }
  });
}
