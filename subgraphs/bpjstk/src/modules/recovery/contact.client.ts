// Where a participant can be reached: the contact of their hub account (identity service, signed
// internal call; verified by OTP; for agency and verified records only), else the contact on record here (from a BPU or employer
// registration), else the number registered through the SMS channel.
import type { EntityManager } from '@mikro-orm/postgresql';
import { InternalClient } from '#platform/http/internal';
import { parseEmail, parsePhone } from '#platform/validation/identifiers';
import { isTrustedRecord, type BpjsTkParticipantRecord } from '../participant/participant.entity';
import { SmsSubscriptionRecord } from '../sms/sms.entity';

export interface Contact {
  phone: string | null;
  email: string | null;
}

export interface ContactDirectoryDeps {
  /** The identity service's URL, read at each call (a launcher learns it once the service listens); unset: identity is not asked. */
  identityUrl: () => string | undefined;
  /** Signs the internal call. */
  internalServiceSecret: string;
}

/** Where participants can be reached; built once per process (services.ts). */
export class ContactDirectory {
  private readonly identity: InternalClient;

  constructor(private readonly deps: ContactDirectoryDeps) {
    this.identity = new InternalClient(() => deps.identityUrl() ?? '', deps.internalServiceSecret, 'identity');
  }

  async contactOf(em: EntityManager, participant: BpjsTkParticipantRecord): Promise<Contact | null> {
    // An unverified self-registration is not yet the record of the NIK's person (anyone may register any NIK):
    // its messages go to the contact it was registered with, never to the account of that person.
    const fromIdentity = isTrustedRecord(participant) ? await this.identityContact(participant.nik) : null;
    if (fromIdentity && (fromIdentity.phone || fromIdentity.email)) return fromIdentity;
    if (participant.phone || participant.email) return { phone: participant.phone ?? null, email: participant.email ?? null };
    const sms = await em.getRepository(SmsSubscriptionRecord).latestFor(participant.kpj);
    return sms ? { phone: sms.phone, email: sms.email ?? null } : null;
  }

  /** `POST /internal/contacts {nik}` → `{email, phone} | null` on the identity service; null when it cannot answer. */
  private async identityContact(nik: string): Promise<Contact | null> {
    if (!this.deps.identityUrl()) return null;
    try {
      const answer = await this.identity.post<{ email?: string | null; phone?: string | null } | null>('/internal/contacts', { nik }, 2_000);
      if (!answer) return null;
      const phone = answer.phone ? parsePhone(answer.phone) : null;
      const email = answer.email ? parseEmail(answer.email) : null;
      return { phone: phone?.ok ? phone.value : null, email: email?.ok ? email.value : null };
    } catch {
      return null; // the endpoint is missing or the service is down: fall back to our own data
    }
  }
}
