// Where a participant can be reached: the contact of their hub account (identity service, signed
// internal call; verified by OTP), else the contact on record here (from a BPU or employer
// registration), else the number registered through the SMS channel.
import type { EntityManager } from '@mikro-orm/postgresql';
import { InternalClient } from '#platform/http/internal';
import type { Platform } from '#platform/runtime';
import { parseEmail, parsePhone } from '#platform/validation/identifiers';
import type { BpjsTkParticipantRecord } from '../participant/participant.entity';
import { SmsSubscriptionRecord } from '../sms/sms.entity';

export interface Contact {
  phone: string | null;
  email: string | null;
}

/** `POST /internal/contacts {nik}` → `{email, phone} | null` on the identity service; null when it cannot answer. */
async function identityContact(platform: Platform, nik: string): Promise<Contact | null> {
  if (!platform.serviceUrls.identity) return null;
  const client = new InternalClient(() => platform.serviceUrls.identity!, platform.config.internalServiceSecret, 'identity');
  try {
    const answer = await client.post<{ email?: string | null; phone?: string | null } | null>('/internal/contacts', { nik }, 2_000);
    if (!answer) return null;
    const phone = answer.phone ? parsePhone(answer.phone) : null;
    const email = answer.email ? parseEmail(answer.email) : null;
    return { phone: phone?.ok ? phone.value : null, email: email?.ok ? email.value : null };
  } catch {
    return null; // the endpoint is missing or the service is down: fall back to our own data
  }
}

export async function contactOf(em: EntityManager, platform: Platform, participant: BpjsTkParticipantRecord): Promise<Contact | null> {
  const fromIdentity = await identityContact(platform, participant.nik);
  if (fromIdentity && (fromIdentity.phone || fromIdentity.email)) return fromIdentity;
  if (participant.phone || participant.email) return { phone: participant.phone ?? null, email: participant.email ?? null };
  const sms = await em.getRepository(SmsSubscriptionRecord).latestFor(participant.kpj);
  return sms ? { phone: sms.phone, email: sms.email ?? null } : null;
}
