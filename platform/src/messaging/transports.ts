// How an outbox message leaves the hub: SMTP for e-mail (SMTP_URL), an HTTP SMS gateway for SMS
// (SMS_GATEWAY_URL, JSON POST {to, text}). A channel without a transport has no entry here.
import nodemailer from 'nodemailer';
import type { HubConfig } from '../config';
import type { Channel } from './outbox';

export interface DeliverableMessage {
  /** The outbox row's id: sent along as the provider's idempotency key, so a resend after a crash is dropped. */
  id?: string;
  channel: Channel;
  to: string;
  subject: string | null;
  body: string;
}

export interface Transport {
  send(message: DeliverableMessage): Promise<void>;
}

export type Transports = Partial<Record<Channel, Transport>>;

export function smtpTransport(url: string, from: string): Transport {
  const mailer = nodemailer.createTransport(url);
  return {
    async send(message) {
      await mailer.sendMail({
        from,
        to: message.to,
        subject: message.subject ?? 'Participant Graph Hub',
        text: message.body,
        ...(message.id ? { messageId: `<outbox-${message.id}@participant-graph-hub>` } : {}),
      });
    },
  };
}

export function httpSmsTransport(url: string, timeoutMs = 5_000): Transport {
  return {
    async send(message) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(message.id ? { 'idempotency-key': `outbox-${message.id}` } : {}) },
        body: JSON.stringify({ to: message.to, text: message.body }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}

export function transportsFromConfig(config: Pick<HubConfig, 'SMTP_URL' | 'SMTP_FROM' | 'SMS_GATEWAY_URL'>): Transports {
  const transports: Transports = {};
  if (config.SMTP_URL) transports.EMAIL = smtpTransport(config.SMTP_URL, config.SMTP_FROM);
  if (config.SMS_GATEWAY_URL) transports.SMS = httpSmsTransport(config.SMS_GATEWAY_URL);
  return transports;
}
