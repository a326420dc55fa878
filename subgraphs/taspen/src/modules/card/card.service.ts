// The KPT card: its number, issuing on approval, the public view with a signed download link, the PDF.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { KeyRing } from '#platform/auth/keys';
import {
  cardDownloadPath, issueCard, renderCardPdf, signCardLink, type CardRecord,
} from '#domain/cards/cards';
import type { HubConfig } from '#platform/config';
import { publicBase } from '#platform/http/public-url';
import type { TaspenParticipantRecord } from '../participant/participant.entity';
import type { TaspenCard } from './card.type';

export const KPT_TITLE = 'Kartu Peserta Taspen (KPT)';

export const kptNumber = (nip: string) => `KPT-${nip}`;

export function nipOfKptNumber(number: string): string | null {
  const match = /^KPT-(\d{18})$/.exec(number);
  return match ? match[1] : null;
}

export function toCardView(card: CardRecord, config: Pick<HubConfig, 'HUB_PUBLIC_URL' | 'PORT' | 'internalServiceSecret'>): TaspenCard {
  const path = cardDownloadPath('TASPEN', card.number);
  return {
    number: card.number,
    issuedAt: card.issuedAt,
    downloadUrl: `${publicBase(config)}${signCardLink(config.internalServiceSecret, path)}`,
    verificationCode: card.verificationCode,
  };
}

/** Issues the participant's KPT, or renews it with a new issue date. */
export function issueKpt(em: EntityManager, keys: Pick<KeyRing, 'card'>, participant: TaspenParticipantRecord, issuedAt: string) {
  return issueCard(em, keys, {
    agency: 'TASPEN',
    number: kptNumber(participant.nip),
    nik: participant.nik,
    holderName: participant.fullName,
    issuedAt,
  });
}

export function renderKptPdf(participant: TaspenParticipantRecord, card: CardRecord, publicBase: string): Promise<Buffer> {
  return renderCardPdf({
    agency: 'TASPEN',
    title: KPT_TITLE,
    number: card.number,
    holderName: participant.fullName,
    issuedAt: card.issuedAt,
    verificationCode: card.verificationCode,
    publicBase,
    details: [
      { label: 'NIP', value: participant.nip },
      { label: 'NIK', value: participant.nik },
      { label: 'Instansi', value: participant.employer },
    ],
  });
}
