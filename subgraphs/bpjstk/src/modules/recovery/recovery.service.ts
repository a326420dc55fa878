// KPJ recovery without the card: NIK, name and birth date must match; the KPJ goes to the contact
// on record (SMS first, else e-mail) and the answer only says where, masked. Built once per process;
// each call gets the request's scope.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { KeyValueStore } from '#platform/kv/kv';
import { consume, hashed, overLimit } from '#platform/kv/rate-limit';
import { maskEmail, maskPhone } from '#platform/masking';
import { enqueueMessage } from '#platform/messaging/outbox';
import { requireDate, requireText } from '#platform/validation/require';
import { requireNik } from '#domain/require-identifiers';
import type { BpjsTkContext } from '../../context';
import { KpjDeliveryChannel } from '../common/enums';
import { namesMatch } from '#platform/validation/names';
import type { BpjsTkParticipantRecord } from '../participant/participant.entity';
import type { Contact } from './contact.client';
import type { KpjRecoveryInput, KpjRecoveryResult } from './recovery.type';

export const RECOVERY_LIMITS = { perIpPerHour: 20, perNikPerHour: 5, deliveriesPerNikPerHour: 3 };

const NOT_DELIVERED: KpjRecoveryResult = { delivered: false, channel: null, destination: null };

/** What a recovery call needs of its request. */
export type RecoveryScope = Pick<BpjsTkContext, 'em' | 'loaders' | 'clientIp'>;

export interface RecoveryServiceDeps {
  /** Where the per-address and per-NIK attempts count. */
  kv: KeyValueStore;
  /** Where to send the KPJ (contact.client.ts). */
  contactOf(em: EntityManager, participant: BpjsTkParticipantRecord): Promise<Contact | null>;
}

export class RecoveryService {
  constructor(private readonly deps: RecoveryServiceDeps) {}

  async recover(scope: RecoveryScope, input: KpjRecoveryInput): Promise<KpjRecoveryResult> {
    const birthDate = requireDate('birthDate', input.birthDate);
    const nik = requireNik('nik', input.nik, { birthDate }).nik;
    const fullName = requireText('fullName', input.fullName);
    await this.limit(`bpjstk:recover-kpj:ip:${scope.clientIp}`, RECOVERY_LIMITS.perIpPerHour);
    // Counters name the NIK by its hash: the key-value store holds no identifier in clear.
    // Attempts on a NIK are charged to the requester (NIK and address), so a stranger's failures never lock the
    // person's own recovery; a success still spends the same budget, so the person's phone is not flooded.
    await this.limit(`bpjstk:recover-kpj:nik:${hashed(nik)}:ip:${scope.clientIp}`, RECOVERY_LIMITS.perNikPerHour);

    const participant = await scope.loaders.participantByNik.load(nik);
    if (!participant || participant.birthDate !== birthDate || !namesMatch(fullName, participant.fullName)) return NOT_DELIVERED;
    const contact = await this.deps.contactOf(scope.em, participant);
    if (!contact?.phone && !contact?.email) return NOT_DELIVERED;
    const bySms = Boolean(contact.phone);
    const to = (bySms ? contact.phone : contact.email)!;
    // Whoever asks, from however many addresses, the person is sent the KPJ a few times an hour at most; a later
    // match gets the same answer (the KPJ is already on its way there), so nobody fills their phone and nobody
    // stops their own recovery.
    const overBudget = (await overLimit(this.deps.kv, `bpjstk:recover-kpj:sent:${hashed(nik)}`, RECOVERY_LIMITS.deliveriesPerNikPerHour, 3600)) !== null;
    if (!overBudget) {
      await enqueueMessage(scope.em, {
        channel: bySms ? 'SMS' : 'EMAIL',
        to,
        subject: bySms ? undefined : 'Your BPJS Ketenagakerjaan KPJ number',
        body: `BPJS Ketenagakerjaan: nomor peserta (KPJ) Anda ${participant.kpj}. Your KPJ number is ${participant.kpj}.`,
        kind: 'KPJ_RECOVERY',
      });
    }
    return {
      delivered: true,
      channel: bySms ? KpjDeliveryChannel.SMS : KpjDeliveryChannel.EMAIL,
      destination: bySms ? maskPhone(to) : maskEmail(to),
    };
  }

  private async limit(key: string, max: number): Promise<void> {
    await consume(this.deps.kv, key, max, 3600, 'Too many KPJ recovery attempts. Try again later.');
  }
}
